export default `
# Legal and compliance: privacy law, contracts, legal research and litigation support, regulatory compliance, IP.
# SOX and AML are finance's; HIPAA and FDA rules are health's; employment law is hr's.
# Bare "ITAR", "intellectual property" and "copyright" are left out on purpose: postings use them as boilerplate.

# --- Privacy and data protection ---
data-privacy | Data Privacy | privacy compliance, data protection compliance, privacy law, privacy regulations, data protection law | regulatory-compliance | gdpr, ccpa, privacy-impact-assessments | e:w
gdpr | GDPR | General Data Protection Regulation, GDPR compliance, EU GDPR, UK GDPR | data-privacy | ccpa, privacy-impact-assessments, lgpd | e:w
ccpa | CCPA | California Consumer Privacy Act, CPRA, California Privacy Rights Act, CCPA compliance | data-privacy | gdpr | e:d
lgpd | LGPD | Lei Geral de Protecao de Dados | data-privacy | gdpr | e:d
pipeda | PIPEDA | Personal Information Protection and Electronic Documents Act | data-privacy | gdpr | e:d
glba | GLBA | Gramm-Leach-Bliley Act, Gramm Leach Bliley | data-privacy | gdpr, ccpa | e:d
coppa | COPPA | Children's Online Privacy Protection Act | data-privacy | ferpa | e:d
ferpa | FERPA | Family Educational Rights and Privacy Act | data-privacy | coppa | e:d
privacy-impact-assessments | Privacy Impact Assessments | PIA, DPIA, DPIAs, data protection impact assessment, data protection impact assessments | data-privacy | gdpr | e:d
onetrust | OneTrust | | data-privacy | gdpr, ccpa | e:d
dsar-handling | Data Subject Access Requests | DSAR, DSARs, data subject requests, data subject rights requests | data-privacy | gdpr, ccpa, onetrust | e:d
privacy-by-design | Privacy by Design | privacy-by-design, data protection by design | data-privacy | privacy-impact-assessments, gdpr | e:d

# --- Compliance and governance ---
regulatory-compliance | Regulatory Compliance | regulatory compliance management, compliance with regulations | | compliance-management, data-privacy | e:w
compliance-management | Compliance Management | compliance programs, compliance program management, compliance monitoring | regulatory-compliance | governance-risk-and-compliance, policy-development | e:w
governance-risk-and-compliance | Governance, Risk and Compliance | GRC, governance risk and compliance, governance risk & compliance | compliance-management | enterprise-risk-management, internal-controls | e:w
policy-development | Compliance Policy Development | compliance policies, policy writing, policies and procedures development | compliance-management | sop-development | e:w
corporate-governance | Corporate Governance | board governance | | compliance-management | e:w
fcpa | FCPA | Foreign Corrupt Practices Act, FCPA compliance, anti-bribery and corruption, anti-bribery and anti-corruption, UK Bribery Act | regulatory-compliance | aml | e:d
itar-compliance | ITAR Compliance | ITAR/EAR compliance, export control compliance, EAR compliance, export controls compliance | regulatory-compliance | trade-compliance | e:w
osha | OSHA | OSHA regulations, OSHA compliance, OSHA standards, Occupational Safety and Health Administration regulations | regulatory-compliance | ehs, osha-30, lockout-tagout | e:d
environmental-compliance | Environmental Compliance | environmental regulatory compliance, environmental regulations, EPA regulations, EPA compliance | regulatory-compliance | ehs, iso-14001 | e:w
consumer-compliance | Consumer Compliance | consumer protection compliance, UDAAP, fair lending compliance, fair lending | regulatory-compliance | tila-respa, aml | e:w
tila-respa | TILA-RESPA | TRID, TILA, RESPA, Truth in Lending Act, Real Estate Settlement Procedures Act, Regulation Z | consumer-compliance | consumer-compliance | e:w
competition-law | Competition Law | antitrust law, antitrust compliance, antitrust | corporate-law | regulatory-compliance | e:m
legal-operations | Legal Operations | legal ops, matter management, legal spend management | | contract-management, e-discovery | e:w
records-management | Records Management | records retention, document retention, records and information management | compliance-management | e-discovery | e:d

# --- Contracts ---
contract-management | Contract Management | contract administration, contract lifecycle management, CLM, contracts management | | contract-negotiation, contract-drafting, icertis | e:w
contract-negotiation | Contract Negotiation | contract negotiations, negotiating contracts, negotiation of contracts | contract-management, negotiation | vendor-management, contract-drafting | e:w
contract-drafting | Contract Drafting | drafting contracts, contract review, contract redlining, drafting agreements, reviewing contracts | contract-management | legal-writing, contract-negotiation | e:w
icertis | Icertis | Icertis Contract Intelligence | contract-management | ironclad | e:d
ironclad | Ironclad | Ironclad CLM | contract-management | icertis, docusign | amb e:d
ucc | Uniform Commercial Code | UCC, UCC filings | contract-management | contract-drafting | e:w
lease-administration | Lease Administration | lease abstraction, lease management | contract-management | contract-management | e:d

# --- Legal research, litigation and practice ---
legal-research | Legal Research | case law research, statutory research | | westlaw, lexisnexis, legal-writing | e:w
legal-writing | Legal Writing | legal drafting, brief writing, drafting legal documents, legal memoranda | | legal-research, bluebook | e:w
bluebook | Bluebook Citation | Bluebook, Bluebook citation format, legal citation | legal-writing | legal-research | e:d
westlaw | Westlaw | Thomson Reuters Westlaw, Westlaw Edge, Westlaw Precision | legal-research | lexisnexis | e:d
lexisnexis | LexisNexis | Lexis, Lexis+, Lexis Advance, Lexis Nexis | legal-research | westlaw | e:d
pacer | PACER | Public Access to Court Electronic Records | litigation-support | court-filings | cs e:d
litigation-support | Litigation Support | litigation management | | e-discovery, document-review, court-filings | e:w
court-filings | Court Filings | e-filing, electronic court filing, court filing | litigation-support | pacer | e:d
deposition-preparation | Deposition Preparation | deposition summaries, deposition prep | litigation-support | litigation-support | e:d
e-discovery | eDiscovery | e-discovery, electronic discovery, ediscovery | litigation-support | relativity, document-review, legal-holds | e:w
document-review | Document Review | legal document review, doc review, privilege review | e-discovery | relativity | e:d
legal-holds | Legal Holds | litigation hold, litigation holds, legal hold | e-discovery | records-management | e:d
civil-litigation | Civil Litigation | civil litigation practice, litigation practice, litigation experience, litigation attorney, litigation paralegal | litigation-support | law-and-motion, legal-discovery | e:m
law-and-motion | Law and Motion | law & motion, motion practice, motion to compel, motions to compel, discovery motions, dispositive motions | civil-litigation | legal-discovery | e:m
legal-discovery | Legal Discovery | complex discovery, written discovery, discovery requests, discovery responses, propounding discovery, pretrial discovery | civil-litigation | e-discovery, law-and-motion | e:w
real-estate-litigation | Real Estate Litigation | real property litigation, real estate disputes, real property disputes | civil-litigation | civil-litigation | e:m
estate-administration | Estate Administration | probate administration, estate and trust administration, trust and estate administration, probate | | civil-litigation | e:m
imanage | iManage | iManage Work, FileSite, iManage FileSite, WorkSite, iManage WorkSite | | law-manager, document-review | e:d
law-manager | LawManager | Law Manager, LawManager case management | litigation-support | imanage | e:d
hud-regulations | HUD Regulations | HUD requirements, HUD guidelines, HUD compliance, HUD regulatory requirements | regulatory-compliance | | e:w
relativity | Relativity | RelativityOne, kCura Relativity, Relativity eDiscovery | e-discovery | document-review | amb e:d
clio | Clio | Clio Manage | | westlaw | amb e:d
intellectual-property-law | Intellectual Property Law | IP law, intellectual property management, IP management | | patent-prosecution, trademark-law | e:m
patent-prosecution | Patent Prosecution | patent drafting, patent application drafting, patent filing | intellectual-property-law | trademark-law | e:m
trademark-law | Trademark Law | trademark prosecution, trademark registration, trademark clearance | intellectual-property-law | patent-prosecution | e:w
corporate-law | Corporate Law | corporate legal matters, business law | | securities-law, contract-drafting | e:m
securities-law | Securities Law | securities regulations, securities compliance | corporate-law | sec-reporting | e:m
immigration-law | Immigration Law | immigration compliance, visa processing, visa petitions | | employment-law | e:m
title-examination | Title Examination | title search, title searches, title examination, title review | | lease-administration | e:d
`;
