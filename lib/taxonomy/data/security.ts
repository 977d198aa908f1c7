export default `
# Fields
cybersecurity | Cybersecurity | cyber security, cyber-security, IT security, computer security, cybersecurity | | information-security, network-security, application-security | amb e:m
information-security | Information Security | InfoSec, information security management, ISMS | | cybersecurity, iso-27001, nist-risk-management-framework | e:m
network-security | Network Security | network security controls, network defense | cybersecurity | firewalls, intrusion-detection, vpn, zero-trust | e:m
application-security | Application Security | AppSec, app security, software security, web application security | cybersecurity | owasp, secure-coding, static-application-security-testing, dynamic-application-security-testing | e:m
cloud-security | Cloud Security | cloud security architecture, cloud security controls | cybersecurity, cloud-computing | cloud-security-posture-management, aws-iam, zero-trust | e:m
endpoint-security | Endpoint Security | endpoint protection, endpoint protection platform | cybersecurity | endpoint-detection-and-response, crowdstrike-falcon, microsoft-defender | e:w
data-security | Data Security | | cybersecurity | encryption, data-loss-prevention | e:w
ot-security | OT Security | ICS security, industrial control systems security, SCADA security, operational technology security | cybersecurity | network-security, iec-62443 | e:m
mobile-security | Mobile Security | mobile application security | application-security | application-security, owasp | e:w
devsecops | DevSecOps | Dev Sec Ops, SecDevOps | devops, application-security | static-application-security-testing, software-composition-analysis, snyk | e:w

# Operations and defense
security-operations-center | Security Operations Center | SOC, SecOps, security operations centre, SOC operations, security operations center, Security Operations Centre, SOC Operations, SOC operations center | cybersecurity | siem, incident-response, threat-hunting | amb e:m
siem | SIEM | security information and event management, SIEM tools, SIEM platforms | security-operations-center | splunk, ibm-qradar, microsoft-sentinel, arcsight | e:w
soar | SOAR | security orchestration automation and response, security orchestration, security automation and response | security-operations-center | siem, incident-response | e:w
incident-response | Incident Response | security incident response, cyber incident response, incident handling | security-operations-center | digital-forensics, threat-hunting, siem | e:w
threat-hunting | Threat Hunting | cyber threat hunting | security-operations-center | threat-intelligence, incident-response, mitre-attack | e:w
threat-intelligence | Threat Intelligence | cyber threat intelligence, threat intel | cybersecurity | threat-hunting, mitre-attack, osint | e:w
threat-modeling | Threat Modeling | threat modelling, threat models, STRIDE threat modeling | application-security | secure-coding, security-architecture, owasp | e:w
security-architecture | Security Architecture | cybersecurity architecture, enterprise security architecture | cybersecurity | threat-modeling, zero-trust, network-security | e:m
security-monitoring | Security Monitoring | continuous security monitoring, security event monitoring | security-operations-center | siem, intrusion-detection | e:w
log-analysis | Log Analysis | security log analysis, log correlation | | siem, splunk | e:w
digital-forensics | Digital Forensics | computer forensics, cyber forensics, DFIR, host forensics | cybersecurity | incident-response, malware-analysis, encase | e:m
malware-analysis | Malware Analysis | malware reverse engineering | cybersecurity | reverse-engineering, digital-forensics, yara | e:m
reverse-engineering | Reverse Engineering | software reverse engineering, binary analysis | | malware-analysis, ghidra, ida-pro | e:m
vulnerability-management | Vulnerability Management | vulnerability remediation, vulnerability lifecycle management | cybersecurity | vulnerability-scanning, nessus, qualys, patch-management | e:w
vulnerability-assessment | Vulnerability Assessment | vulnerability assessments, vulnerability analysis | vulnerability-management | penetration-testing, vulnerability-scanning | e:w
vulnerability-scanning | Vulnerability Scanning | vulnerability scans, vulnerability scanners, vulnerability scanner | vulnerability-management | nessus, qualys, openvas | e:d
patch-management | Patch Management | patching, security patching, OS patching | | vulnerability-management, sccm | e:d
penetration-testing | Penetration Testing | pen testing, pentesting, pen-testing, pentest, pentests, pen test, pen tests, penetration tests, ethical hacking | cybersecurity | vulnerability-assessment, red-teaming, burp-suite, metasploit, kali-linux | e:m
red-teaming | Red Teaming | red team, red team operations, adversary emulation, red teams | penetration-testing | penetration-testing, mitre-attack, purple-teaming | e:m
purple-teaming | Purple Teaming | purple team | | red-teaming | e:w
social-engineering | Social Engineering | phishing simulation, phishing simulations | cybersecurity | security-awareness-training, penetration-testing | e:w
security-awareness-training | Security Awareness Training | security awareness, cybersecurity awareness, security awareness programs | | social-engineering, knowbe4 | e:d
bug-bounty | Bug Bounty | bug bounty programs, bug bounties | | penetration-testing, vulnerability-management | e:w
osint | OSINT | open-source intelligence, open source intelligence | | threat-intelligence, maltego | e:w
security-risk-assessment | Security Risk Assessment | cybersecurity risk assessment, security risk assessments, cyber risk assessment, information security risk assessment | information-security | nist-risk-management-framework, nist-cybersecurity-framework, vulnerability-assessment | e:w
security-audits | Security Audits | security audit, security auditing, IT security audit | information-security | security-risk-assessment, soc-2 | e:w

# Secure development
secure-coding | Secure Coding | secure coding practices, secure code, secure code review, secure programming, secure software development | application-security | owasp, threat-modeling, static-application-security-testing | e:w
api-security | API Security | API protection | application-security | owasp, oauth, api-gateway | e:w
exploit-development | Exploit Development | exploit writing | penetration-testing | reverse-engineering, metasploit | e:m
secure-sdlc | Secure SDLC | SSDLC, S-SDLC, security development lifecycle, secure development lifecycle, secure software development lifecycle | application-security | secure-coding, threat-modeling, devsecops | e:w
static-application-security-testing | SAST | static application security testing, static security testing | application-security | dynamic-application-security-testing, checkmarx, veracode, sonarqube | e:w
dynamic-application-security-testing | DAST | dynamic application security testing | application-security | static-application-security-testing, burp-suite, owasp-zap | e:w
interactive-application-security-testing | IAST | interactive application security testing | application-security | static-application-security-testing | e:d
software-composition-analysis | Software Composition Analysis | SCA tools, software composition analysis SCA | application-security | snyk, black-duck, sbom | e:d
sbom | SBOM | software bill of materials, SBOMs | | software-composition-analysis, supply-chain-security | e:d
supply-chain-security | Software Supply Chain Security | supply chain security, software supply chain, SLSA | application-security | sbom, software-composition-analysis | e:w
owasp | OWASP | Open Web Application Security Project, Open Worldwide Application Security Project, OWASP guidelines | application-security | owasp-top-10, owasp-zap, burp-suite | e:d
owasp-top-10 | OWASP Top 10 | OWASP Top Ten, OWASP top 10 vulnerabilities | owasp | owasp, secure-coding | e:d
checkmarx | Checkmarx | Checkmarx CxSAST, CxSAST | static-application-security-testing | veracode, fortify, sonarqube | e:d
veracode | Veracode | | static-application-security-testing | checkmarx, fortify, snyk | e:d
fortify | Fortify | HP Fortify, Micro Focus Fortify, Fortify SCA, Fortify Static Code Analyzer, OpenText Fortify | static-application-security-testing | checkmarx, veracode | amb e:d
snyk | Snyk | | software-composition-analysis | black-duck, dependabot, veracode | e:d
black-duck | Black Duck | Synopsys Black Duck, BlackDuck | software-composition-analysis | snyk, veracode | e:d
dependabot | Dependabot | | software-composition-analysis, github | snyk, github | e:d
semgrep | Semgrep | | static-application-security-testing | sonarqube, codeql | e:d
codeql | CodeQL | GitHub CodeQL | static-application-security-testing | semgrep, github | e:d
trivy | Trivy | Aqua Trivy | | snyk, container-security | e:d
container-security | Container Security | container image scanning, Kubernetes security | cloud-security | trivy, docker, kubernetes | e:w

# Offensive and testing tools
burp-suite | Burp Suite | BurpSuite, Burp Suite Pro, Burp Suite Professional, PortSwigger Burp | penetration-testing | owasp-zap, metasploit, penetration-testing | e:w
owasp-zap | OWASP ZAP | Zed Attack Proxy, ZAP Proxy | dynamic-application-security-testing | burp-suite, owasp | e:d
metasploit | Metasploit | Metasploit Framework | penetration-testing | kali-linux, nmap, cobalt-strike | e:w
cobalt-strike | Cobalt Strike | | red-teaming | metasploit | e:w
nmap | Nmap | NMAP, Network Mapper, Zenmap | penetration-testing | wireshark, nessus, metasploit | e:d
wireshark | Wireshark | Wire Shark, tshark | | tcpdump, nmap, network-security | e:d
tcpdump | tcpdump | | | wireshark | e:d
kali-linux | Kali Linux | | penetration-testing, linux | metasploit, burp-suite, nmap | e:w
john-the-ripper | John the Ripper | | penetration-testing | kali-linux | e:d
hashcat | Hashcat | | penetration-testing | john-the-ripper, thc-hydra | e:d
thc-hydra | THC Hydra | THC-Hydra | penetration-testing | john-the-ripper, hashcat | e:d
cain-and-abel | Cain and Abel | Cain & Abel | penetration-testing | john-the-ripper, wireshark | e:d
aircrack-ng | Aircrack-ng | Aircrack, Aircrack ng | penetration-testing | kali-linux, wireshark, wi-fi | e:d
parrot-os | Parrot OS | Parrot Security OS, Parrot Security, ParrotOS | penetration-testing, linux | kali-linux | e:d
backbox | BackBox Linux | BackBox | penetration-testing, linux | kali-linux, parrot-os | e:d
blackarch | BlackArch Linux | BlackArch | penetration-testing, linux | kali-linux | e:d
samurai-web-testing-framework | Samurai Web Testing Framework | Samurai WTF | penetration-testing | burp-suite, owasp-zap | e:d
whitehat-sentinel | WhiteHat Sentinel | WhiteHat Security Sentinel | dynamic-application-security-testing | burp-suite | e:d
sqlmap | sqlmap | | penetration-testing | burp-suite | e:d
ghidra | Ghidra | | reverse-engineering | ida-pro | e:w
ida-pro | IDA Pro | | reverse-engineering | ghidra | e:w
yara | YARA | YARA rules | malware-analysis | malware-analysis, threat-hunting | e:d
maltego | Maltego | | osint | osint | e:d
encase | EnCase | EnCase Forensic | digital-forensics | ftk, autopsy | e:w
ftk | FTK | Forensic Toolkit, AccessData FTK | digital-forensics | encase, autopsy | e:w
autopsy | Autopsy | Sleuth Kit, The Sleuth Kit | digital-forensics | encase, ftk | amb e:d
volatility-framework | Volatility Framework | | digital-forensics | malware-analysis | e:d

# Vulnerability scanners and security platforms
nessus | Nessus | Tenable Nessus, Tenable.io, Tenable.sc | vulnerability-scanning | qualys, rapid7, openvas | e:d
qualys | Qualys | Qualys VMDR, QualysGuard | vulnerability-scanning | nessus, rapid7 | e:d
rapid7 | Rapid7 | Rapid7 InsightVM, InsightVM, Nexpose | vulnerability-scanning | nessus, qualys, metasploit | e:d
openvas | OpenVAS | Greenbone, Greenbone OpenVAS | vulnerability-scanning | nessus | e:d
splunk-soar | Splunk SOAR | Splunk Phantom | soar | splunk, soar | e:d
ibm-qradar | IBM QRadar | QRadar | siem | splunk, arcsight, microsoft-sentinel | e:w
arcsight | ArcSight | Micro Focus ArcSight, HP ArcSight | siem | ibm-qradar, splunk | e:w
microsoft-sentinel | Microsoft Sentinel | Azure Sentinel, Sentinel SIEM | siem, azure | splunk, ibm-qradar, microsoft-defender | e:w
logrhythm | LogRhythm | Log Rhythm | siem | splunk, ibm-qradar | e:w
exabeam | Exabeam | | siem | splunk | e:d
elastic-security | Elastic Security | Elastic SIEM | siem | elk-stack, splunk | e:d

# Endpoint, network and cloud security products
endpoint-detection-and-response | EDR | endpoint detection and response, EDR tools, EDR solutions | endpoint-security | xdr, crowdstrike-falcon, sentinelone, microsoft-defender | e:w
xdr | XDR | extended detection and response | endpoint-detection-and-response | endpoint-detection-and-response, siem | e:w
crowdstrike-falcon | CrowdStrike Falcon | CrowdStrike, Falcon EDR | endpoint-detection-and-response | sentinelone, carbon-black, microsoft-defender | e:d
sentinelone | SentinelOne | Sentinel One | endpoint-detection-and-response | crowdstrike-falcon, carbon-black | e:d
carbon-black | Carbon Black | VMware Carbon Black, CB Defense | endpoint-detection-and-response | crowdstrike-falcon, sentinelone | e:d
microsoft-defender | Microsoft Defender | Microsoft Defender for Endpoint, Defender for Endpoint, Windows Defender, Defender ATP | endpoint-security | crowdstrike-falcon, microsoft-sentinel | e:d
firewalls | Firewalls | firewall, firewall management, firewall configuration, firewall rules, next-generation firewall, next-generation firewalls, NGFW | network-security | palo-alto-networks, fortinet, check-point, cisco-asa | e:w
palo-alto-networks | Palo Alto Networks | Palo Alto firewalls, Palo Alto firewall, PAN-OS, Palo Alto NGFW | firewalls | fortinet, check-point, cisco-asa | e:w
fortinet | Fortinet | FortiGate, Fortinet firewalls, FortiOS, FortiAnalyzer, FortiManager | firewalls | palo-alto-networks, check-point | e:w
check-point | Check Point | Check Point firewalls, Checkpoint firewall, Checkpoint firewalls, Check Point Software | firewalls | palo-alto-networks, fortinet | e:w
cisco-asa | Cisco ASA | ASA firewall, Cisco Firepower, Firepower, Cisco FTD | firewalls | palo-alto-networks, fortinet | e:w
pfsense | pfSense | | firewalls | fortinet, openvpn | e:d
intrusion-detection | Intrusion Detection and Prevention | IDS/IPS, IDS, IPS, intrusion detection, intrusion prevention, intrusion detection systems, intrusion prevention systems, IDPS, Intrusion Detection, Intrusion Prevention, Intrusion Detection Systems, Intrusion Prevention Systems, intrusion detection and prevention, Intrusion Detection Systems IDS, IDS/IPS systems | network-security | snort, suricata, zeek, firewalls | cs e:w
snort | Snort | Snort IDS | intrusion-detection | suricata, zeek | e:d
suricata | Suricata | | intrusion-detection | snort, zeek | e:d
zeek | Zeek | Bro IDS, Zeek IDS | intrusion-detection | suricata, snort | e:d
web-application-firewall | Web Application Firewall | WAF, WAFs, web application firewalls | firewalls, application-security | aws-waf, cloudflare, imperva | e:d
imperva | Imperva | Imperva WAF, Imperva Incapsula | web-application-firewall | cloudflare, akamai | e:d
ddos-protection | DDoS Protection | DDoS mitigation, anti-DDoS | network-security | cloudflare, aws-shield, akamai | e:d
network-access-control | Network Access Control | | network-security | zero-trust, 802-1x | e:w
802-1x | 802.1X | IEEE 802.1X | network-access-control | network-access-control, radius | e:d
radius | RADIUS | Remote Authentication Dial-In User Service, FreeRADIUS | | 802-1x, tacacs | cs e:d
tacacs | TACACS+ | TACACS | | radius | e:d
zero-trust | Zero Trust | zero trust architecture, zero-trust architecture, ZTA, zero trust network access, ZTNA, zero trust security | network-security | sase, identity-and-access-management, zscaler | e:w
sase | SASE | secure access service edge | network-security | zero-trust, zscaler, cloud-access-security-broker | e:w
zscaler | Zscaler | Zscaler ZIA, Zscaler ZPA, Zscaler Internet Access, Zscaler Private Access | sase | netskope, palo-alto-networks | e:d
netskope | Netskope | | sase | zscaler | e:d
cloud-access-security-broker | CASB | cloud access security broker, cloud access security brokers | cloud-security | sase, netskope | e:d
cloud-security-posture-management | CSPM | cloud security posture management | cloud-security | prisma-cloud, wiz, cnapp | e:d
cnapp | CNAPP | cloud-native application protection platform, cloud native application protection platform | cloud-security | cloud-security-posture-management, wiz, prisma-cloud | e:d
prisma-cloud | Prisma Cloud | Palo Alto Prisma Cloud, Twistlock | cloud-security | wiz, cloud-security-posture-management | e:d
wiz | Wiz | Wiz.io, Wiz CNAPP | cloud-security | prisma-cloud, cloud-security-posture-management | amb e:d
data-loss-prevention | Data Loss Prevention | DLP, data leakage prevention, data loss protection | data-security | microsoft-purview, cloud-access-security-broker | e:w
email-security | Email Security | email protection, secure email gateway, secure email gateways | cybersecurity | social-engineering, data-loss-prevention | e:d
tanium | Tanium | | endpoint-security | crowdstrike-falcon, sccm | e:d
mcafee | McAfee | Trellix, McAfee ePO, McAfee ePolicy Orchestrator, McAfee Endpoint Security | endpoint-security | symantec-endpoint-protection, crowdstrike-falcon | e:d
symantec-endpoint-protection | Symantec Endpoint Protection | Symantec Endpoint Security, Symantec Antivirus | endpoint-security | mcafee, microsoft-defender | e:d
antivirus | Antivirus Software | antivirus, anti-virus, anti-malware, antimalware, virus protection | endpoint-security | mcafee, symantec-endpoint-protection, microsoft-defender | e:d
knowbe4 | KnowBe4 | | security-awareness-training | security-awareness-training | e:d

# Identity and access management
identity-and-access-management | Identity and Access Management | IAM, identity & access management, identity access management, identity management, IdAM, IAM solutions, identity and access management IAM | cybersecurity | single-sign-on, multi-factor-authentication, privileged-access-management, okta | e:w
identity-governance | Identity Governance and Administration | IGA, identity governance, identity governance & administration | identity-and-access-management | sailpoint, saviynt | e:w
privileged-access-management | Privileged Access Management | PAM, privileged account management, privileged access management PAM, privileged access management, Privileged Account Management | identity-and-access-management | cyberark, beyondtrust | cs e:w
single-sign-on | Single Sign-On | SSO, single sign on | identity-and-access-management | saml, openid-connect, okta | e:d
multi-factor-authentication | Multi-Factor Authentication | MFA, 2FA, two-factor authentication, two factor authentication, multifactor authentication, multi factor authentication | identity-and-access-management | single-sign-on, okta | amb e:d
role-based-access-control | Role-Based Access Control | RBAC, role based access control | identity-and-access-management | attribute-based-access-control, identity-and-access-management | e:d
attribute-based-access-control | Attribute-Based Access Control | ABAC, attribute based access control | identity-and-access-management | role-based-access-control | e:d
oauth | OAuth | OAuth 2.0, OAuth2, OAuth 2, OAuth2.0 | | openid-connect, jwt, saml | e:w
openid-connect | OpenID Connect | OIDC, OpenID | oauth | oauth, saml, jwt | e:w
saml | SAML | SAML 2.0, SAML2, Security Assertion Markup Language | single-sign-on | openid-connect, oauth, okta | e:w
jwt | JWT | JSON Web Token, JSON Web Tokens, JWTs | | oauth, openid-connect | e:d
kerberos | Kerberos | | | active-directory, ldap | e:w
fido2 | FIDO2 | WebAuthn, passkeys, FIDO | multi-factor-authentication | multi-factor-authentication | e:d
auth0 | Auth0 | Auth 0 | identity-and-access-management | okta, oauth, openid-connect | e:d
okta | Okta | Okta Identity Cloud, Okta SSO | identity-and-access-management | microsoft-entra-id, ping-identity, single-sign-on | e:d
ping-identity | Ping Identity | PingFederate, PingOne, PingAccess, PingID | identity-and-access-management | okta, microsoft-entra-id | e:d
forgerock | ForgeRock | ForgeRock AM, ForgeRock IDM | identity-and-access-management | ping-identity, okta | e:d
keycloak | Keycloak | Red Hat SSO, Red Hat Single Sign-On | identity-and-access-management | okta, openid-connect | e:d
sailpoint | SailPoint | SailPoint IdentityIQ, IdentityIQ, SailPoint IdentityNow, IdentityNow | identity-governance | saviynt, cyberark | e:w
saviynt | Saviynt | | identity-governance | sailpoint | e:w
cyberark | CyberArk | CyberArk PAM, CyberArk PAS | privileged-access-management | beyondtrust, sailpoint | e:w
beyondtrust | BeyondTrust | | privileged-access-management | cyberark | e:d

# Cryptography
cryptography | Cryptography | cryptographic algorithms, applied cryptography, crypto algorithms, cryptographic protocols | | encryption, public-key-infrastructure, tls-ssl | e:m
encryption | Encryption | data encryption, encryption at rest, encryption in transit, end-to-end encryption | cryptography | public-key-infrastructure, tls-ssl, key-management | e:w
public-key-infrastructure | Public Key Infrastructure | PKI, public key infrastructure PKI | cryptography | tls-ssl, hardware-security-modules, encryption | e:w
tls-ssl | TLS/SSL | TLS, SSL, SSL/TLS, Transport Layer Security, Secure Sockets Layer, mTLS, mutual TLS | cryptography | public-key-infrastructure, https, encryption | e:w
key-management | Key Management | cryptographic key management, encryption key management | cryptography | hardware-security-modules, aws-kms, azure-key-vault | e:w
hardware-security-modules | Hardware Security Modules | HSM, HSMs, hardware security module | key-management | key-management, public-key-infrastructure | e:w
secrets-management | Secrets Management | secret management, secrets handling | | hashicorp-vault, aws-secrets-manager, azure-key-vault | e:d
aes | AES | Advanced Encryption Standard, AES-256 | encryption | encryption, cryptography | e:d
post-quantum-cryptography | Post-Quantum Cryptography | PQC, quantum-safe cryptography, quantum-resistant cryptography | cryptography | cryptography, public-key-infrastructure | e:m

# Hardening
system-hardening | System Hardening | server hardening, OS hardening, security hardening, host hardening | | cis-benchmarks, disa-stig, selinux | e:w
cis-benchmarks | CIS Benchmarks | CIS Benchmark, CIS hardening benchmarks | system-hardening | cis-controls, disa-stig | e:d
disa-stig | DISA STIG | STIG, STIGs, DISA STIGs, Security Technical Implementation Guides | system-hardening | cis-benchmarks, nist-800-53 | e:w

# Frameworks and standards
mitre-attack | MITRE ATT&CK | MITRE ATTACK, ATT&CK, ATT&CK framework, MITRE ATT&CK framework | | threat-hunting, threat-intelligence, cyber-kill-chain | e:w
cyber-kill-chain | Cyber Kill Chain | Lockheed Martin Cyber Kill Chain, kill chain | | mitre-attack | e:d
nist-cybersecurity-framework | NIST Cybersecurity Framework | NIST CSF, NIST CSF 2.0, NIST Cyber Security Framework | | nist-800-53, iso-27001, cis-controls | e:w
nist-800-53 | NIST SP 800-53 | NIST 800-53, NIST SP 800-53 Rev 5, 800-53, NIST 800-53 Rev 5 | | nist-cybersecurity-framework, nist-risk-management-framework, fedramp | e:w
nist-800-171 | NIST SP 800-171 | NIST 800-171, 800-171 | | cmmc, nist-800-53 | e:w
nist-risk-management-framework | NIST Risk Management Framework | NIST RMF, RMF, NIST SP 800-37, NIST 800-37 | | nist-800-53, authority-to-operate, fedramp | e:w
authority-to-operate | Authority to Operate | ATO, ATO process, ATO packages, authority to operate, Authority To Operate | nist-risk-management-framework | nist-risk-management-framework, fedramp | cs e:w
cmmc | CMMC | Cybersecurity Maturity Model Certification, CMMC 2.0 | | nist-800-171 | e:w
fedramp | FedRAMP | Federal Risk and Authorization Management Program, FedRAMP High, FedRAMP Moderate | | nist-800-53, nist-risk-management-framework | e:w
fisma | FISMA | Federal Information Security Management Act, Federal Information Security Modernization Act | | nist-800-53, fedramp | e:w
iso-27001 | ISO 27001 | ISO/IEC 27001, ISO 27001:2022, ISO 27001:2013, ISO27001 | | soc-2, nist-cybersecurity-framework | e:w
soc-2 | SOC 2 | SOC2, SOC 2 Type II, SOC 2 Type 2, SOC II, SOC 2 compliance | | iso-27001, pci-dss | e:w
pci-dss | PCI DSS | PCI-DSS, PCI compliance, Payment Card Industry Data Security Standard, PCI DSS compliance | | soc-2, iso-27001 | e:w
hitrust | HITRUST | HITRUST CSF | | hipaa, soc-2 | e:w
cis-controls | CIS Controls | CIS Critical Security Controls, CIS Top 20, CIS 18 | | cis-benchmarks, nist-cybersecurity-framework | e:d
iec-62443 | IEC 62443 | ISA/IEC 62443, ISA 62443 | ot-security | ot-security | e:w
csa-star | CSA STAR | CSA STAR certification | cloud-security | iso-27001, soc-2 | e:d
common-criteria | Common Criteria | ISO/IEC 15408 | | fips-140-2 | e:w
fips-140-2 | FIPS 140-2 | FIPS 140-3, FIPS 140, FIPS | cryptography | common-criteria, hardware-security-modules | e:d
`;
