export default `
# Practices
devops | DevOps | Dev Ops, DevOps practices, DevOps culture | | ci-cd, site-reliability-engineering, infrastructure-as-code, docker, kubernetes | e:m
site-reliability-engineering | Site Reliability Engineering | SRE, SRE practices, site reliability | | devops, observability, incident-management, chaos-engineering | e:m
platform-engineering | Platform Engineering | internal developer platform, internal developer platforms | | devops, kubernetes, site-reliability-engineering | e:m
ci-cd | CI/CD | CICD, CI CD, CI & CD, CI/CD pipelines, CI/CD pipeline, CI-CD, continuous integration/continuous delivery, continuous integration/continuous deployment, continuous integration and continuous delivery, continuous integration and continuous deployment, continuous integration/deployment, CI/CD/CT | | continuous-integration, continuous-delivery, jenkins, github-actions, gitlab-ci | e:w
continuous-integration | Continuous Integration | CI pipelines, CI pipeline | ci-cd | continuous-delivery, jenkins, github-actions | e:w
continuous-delivery | Continuous Delivery | CD pipelines, CD pipeline | ci-cd | continuous-integration, argo-cd, spinnaker | e:w
infrastructure-as-code | Infrastructure as Code | IaC, infrastructure-as-code, infrastructure as code IaC | devops | terraform, pulumi, aws-cloudformation, ansible | e:w
configuration-management | Configuration Management | configuration management tools, config management | devops | ansible, puppet, chef, saltstack | e:w
gitops | GitOps | Git Ops | devops | argo-cd, flux, kubernetes | e:w
release-engineering | Release Engineering | | devops | ci-cd, build-automation | e:w
build-automation | Build Automation | build systems, build system | devops | maven, gradle, bazel, make | e:w
trunk-based-development | Trunk-Based Development | trunk based development | git | gitflow, continuous-integration | e:d
gitflow | Gitflow | Git Flow, Git-flow, GitFlow workflow | git | trunk-based-development, git | e:d
blue-green-deployment | Blue-Green Deployment | blue/green deployment, blue-green deployments, blue green deployment | continuous-delivery | canary-releases, feature-flags | e:d
canary-releases | Canary Releases | canary deployment, canary deployments, canary release | continuous-delivery | blue-green-deployment, feature-flags | e:d
feature-flags | Feature Flags | feature toggles, feature flagging, feature toggle, feature flag | | launchdarkly, canary-releases | e:d
chaos-engineering | Chaos Engineering | chaos testing | site-reliability-engineering | site-reliability-engineering, observability | e:w
observability | Observability | observability tools, observability stack | | prometheus, grafana, opentelemetry, datadog, distributed-tracing | e:w
distributed-tracing | Distributed Tracing | request tracing | observability | opentelemetry, jaeger, zipkin | e:w
incident-management | Incident Management | incident response management | | pagerduty, opsgenie, site-reliability-engineering | e:w
high-availability | High Availability | high-availability, highly available systems | | disaster-recovery, load-balancing, database-replication | e:w
disaster-recovery | Disaster Recovery | disaster recovery planning, business continuity and disaster recovery, BCDR | | high-availability, backup-and-recovery | e:w
containerization | Containerization | containerized applications, containerisation, container technologies, container technology, containerized workloads, container frameworks | | docker, kubernetes, podman | e:w
container-orchestration | Container Orchestration | container orchestration platforms | containerization | kubernetes, docker-swarm, nomad, openshift | e:w
virtualization | Virtualization | virtualisation, server virtualization, virtual machines | | vmware, hyper-v, kvm, containerization | e:w
continuous-deployment | Continuous Deployment | continuous deployments | ci-cd | continuous-delivery, argo-cd | e:w
system-administration | System Administration | systems administration, sysadmin, system admin, systems admin, server administration | | linux, windows-server, bash | e:m
linux-administration | Linux Administration | Linux system administration, Linux sysadmin, Linux server administration, Linux systems administration | linux, system-administration | red-hat-enterprise-linux, bash | e:m
windows-administration | Windows Administration | Windows system administration, Windows server administration | windows-server, system-administration | active-directory, group-policy | e:m
network-administration | Network Administration | network admin | | computer-networking, cisco-ios, dns | e:m

# Containers and orchestration
docker | Docker | Docker containers, Docker Engine, Dockerfile, Dockerfiles, Docker images | containerization | kubernetes, docker-compose, podman, docker-swarm | e:w
docker-compose | Docker Compose | docker-compose | docker | docker, docker-swarm | e:d
docker-swarm | Docker Swarm | Swarm mode | docker, container-orchestration | kubernetes, docker-compose | e:d
podman | Podman | | containerization | docker, buildah | e:d
buildah | Buildah | | containerization | podman | e:d
containerd | containerd | | containerization | docker, kubernetes | e:d
kubernetes | Kubernetes | K8s, Kubernetes clusters, Kubernetes cluster | container-orchestration | docker, helm, openshift, amazon-eks | e:m
helm | Helm | Helm charts, Helm chart, Kubernetes Helm | kubernetes | kubernetes, kustomize, argo-cd | amb e:d
kustomize | Kustomize | | kubernetes | helm, kubernetes | e:d
k3s | k3s | | kubernetes | kubernetes, rancher | e:d
minikube | Minikube | | kubernetes | kubernetes, docker | e:d
openshift | OpenShift | Red Hat OpenShift, OpenShift Container Platform | kubernetes | kubernetes, rancher, docker | e:w
rancher | Rancher | Rancher Kubernetes, RKE, RKE2 | kubernetes | kubernetes, openshift, k3s | e:d
nomad | Nomad | HashiCorp Nomad | container-orchestration | kubernetes, consul | amb e:d
apache-mesos | Apache Mesos | Mesos | container-orchestration | kubernetes, nomad | e:w
service-mesh | Service Mesh | service meshes | microservices | istio, linkerd, envoy | e:w
istio | Istio | | service-mesh, kubernetes | linkerd, envoy, kubernetes | e:w
linkerd | Linkerd | | service-mesh | istio, envoy | e:d
envoy | Envoy | Envoy Proxy, Envoy proxy | | istio, nginx, haproxy | amb e:d
knative | Knative | | kubernetes, serverless | kubernetes, openfaas | e:d
openfaas | OpenFaaS | | serverless | knative | e:d
karpenter | Karpenter | | kubernetes | amazon-eks | e:d
crossplane | Crossplane | | kubernetes, infrastructure-as-code | terraform | e:d

# Infrastructure as code and configuration management
terraform | Terraform | HashiCorp Terraform, Terraform Cloud, Terraform Enterprise | infrastructure-as-code | terragrunt, pulumi, aws-cloudformation, ansible | e:w
terragrunt | Terragrunt | | terraform | terraform | e:d
opentofu | OpenTofu | Open Tofu | infrastructure-as-code | terraform | e:d
pulumi | Pulumi | | infrastructure-as-code | terraform, aws-cdk | e:w
ansible | Ansible | Ansible playbooks, Ansible Tower, AWX, Ansible Automation Platform, Red Hat Ansible | configuration-management, infrastructure-as-code | puppet, chef, saltstack, terraform | e:w
chef | Chef | Chef Infra, Chef cookbooks, Progress Chef, Opscode Chef | configuration-management | puppet, ansible, saltstack | amb e:w
puppet | Puppet | Puppet Enterprise, Puppet manifests | configuration-management | chef, ansible, saltstack | amb e:w
saltstack | SaltStack | Salt Stack, Salt Project, VMware Salt | configuration-management | ansible, puppet, chef | e:w
vagrant | Vagrant | HashiCorp Vagrant | | packer, virtualbox, terraform | amb e:d
packer | Packer | HashiCorp Packer | infrastructure-as-code | terraform, vagrant | amb e:d
cloud-init | cloud-init | cloudinit | | packer, terraform | e:d

# CI/CD tools
jenkins | Jenkins | Jenkins CI, Jenkins pipelines, Jenkins pipeline, Jenkinsfile | ci-cd | github-actions, gitlab-ci, circleci, teamcity | e:w
github-actions | GitHub Actions | GH Actions, GitHub Action, GitHub Workflows | ci-cd, github | gitlab-ci, jenkins, circleci | e:d
gitlab-ci | GitLab CI/CD | GitLab CI, GitLab CI-CD, GitLab pipelines | ci-cd, gitlab | github-actions, jenkins | e:d
circleci | CircleCI | Circle CI | ci-cd | github-actions, travis-ci, jenkins | e:d
travis-ci | Travis CI | TravisCI, Travis-CI | ci-cd | circleci, github-actions | e:d
teamcity | TeamCity | JetBrains TeamCity, Team City | ci-cd | jenkins, bamboo | e:d
bamboo | Bamboo | Atlassian Bamboo, Bamboo CI | ci-cd | jenkins, teamcity, bitbucket | amb e:d
azure-devops | Azure DevOps | Azure DevOps Services, Azure DevOps Server, VSTS, Visual Studio Team Services | ci-cd | team-foundation-server, github-actions, azure | e:w
team-foundation-server | Team Foundation Server | TFS, Microsoft Team Foundation Server, TFVC, Team Foundation Version Control | | azure-devops, git | e:w
argo-cd | Argo CD | ArgoCD, Argo-CD | gitops, kubernetes | flux, argo-workflows, helm | e:d
argo-workflows | Argo Workflows | | kubernetes | argo-cd, tekton | e:d
flux | Flux | Flux CD, FluxCD | gitops, kubernetes | argo-cd, helm | amb e:d
spinnaker | Spinnaker | | continuous-delivery | argo-cd, jenkins | e:d
tekton | Tekton | Tekton Pipelines | ci-cd, kubernetes | argo-workflows, jenkins | e:d
buildkite | Buildkite | | ci-cd | jenkins, circleci | e:d
octopus-deploy | Octopus Deploy | | continuous-delivery | azure-devops, teamcity | e:d
concourse-ci | Concourse CI | | ci-cd | jenkins | e:d
drone-ci | Drone CI | | ci-cd | jenkins | e:d
launchdarkly | LaunchDarkly | Launch Darkly | feature-flags | feature-flags | e:d

# Build tools and artifact repositories
make | Make | Makefile, Makefiles, GNU Make | build-automation | cmake, bazel | amb e:d
cmake | CMake | | build-automation | make, bazel, cpp | e:w
maven | Maven | Apache Maven, Maven POM | build-automation, java | gradle, apache-ant, sonatype-nexus | amb e:d
gradle | Gradle | Gradle build | build-automation | maven, kotlin, java | e:d
apache-ant | Apache Ant | Ant | build-automation, java | maven, gradle | amb e:d
bazel | Bazel | | build-automation | cmake, gradle | e:w
sbt | sbt | SBT, Scala Build Tool | build-automation, scala | maven, gradle | e:d
msbuild | MSBuild | | build-automation, dotnet | azure-devops | e:d
jfrog-artifactory | JFrog Artifactory | Artifactory, JFrog | | sonatype-nexus, maven | e:d
sonatype-nexus | Sonatype Nexus | Nexus Repository, Nexus Repository Manager, Sonatype Nexus Repository | | jfrog-artifactory, maven | e:d
sonarqube | SonarQube | SonarCloud, Sonar Qube | | static-application-security-testing, jenkins | e:d

# Version control
git | Git | Git version control, Git workflows | version-control | github, gitlab, bitbucket | e:w
version-control | Version Control | version control systems, version control system, source control, source code control, revision control, source code management | | git, svn | e:d
github | GitHub | GitHub Enterprise, GitHub repositories | git | gitlab, bitbucket, github-actions | e:d
gitlab | GitLab | GitLab Enterprise | git | github, gitlab-ci, bitbucket | e:d
bitbucket | Bitbucket | Atlassian Bitbucket, Bitbucket Pipelines | git | github, gitlab, jira | e:d
svn | SVN | Subversion, Apache Subversion, Apache Subversion SVN, TortoiseSVN | version-control | git, team-foundation-server | e:d
mercurial | Mercurial | | version-control | git, svn | e:d
perforce | Perforce | Perforce Helix, Helix Core | version-control | git, svn | e:d
gerrit | Gerrit | Gerrit Code Review | git | github, code-review | e:d
clearcase | IBM ClearCase | ClearCase, Rational ClearCase | version-control | svn, perforce | e:d

# Operating systems
linux | Linux | Linux OS, GNU/Linux, Linux systems, Linux environment, Linux environments | | unix, bash, red-hat-enterprise-linux, ubuntu | e:m
unix | Unix | UNIX, Unix-like, UNIX systems | | linux, solaris, aix, bash | e:m
red-hat-enterprise-linux | Red Hat Enterprise Linux | RHEL, Red Hat Linux, RedHat Linux, RHEL 8, RHEL 9, RHEL 7 | linux | centos, rocky-linux, fedora, ubuntu | e:w
centos | CentOS | CentOS Linux, CentOS Stream | linux | red-hat-enterprise-linux, rocky-linux | e:w
rocky-linux | Rocky Linux | | linux | centos, red-hat-enterprise-linux | e:d
fedora | Fedora | Fedora Linux | linux | red-hat-enterprise-linux | e:d
ubuntu | Ubuntu | Ubuntu Linux, Ubuntu Server | linux | debian, red-hat-enterprise-linux | e:w
debian | Debian | Debian Linux | linux | ubuntu | e:w
suse-linux | SUSE Linux | SUSE, SLES, SUSE Linux Enterprise Server | linux | red-hat-enterprise-linux | e:w
amazon-linux | Amazon Linux | Amazon Linux 2, Amazon Linux 2023 | linux, aws | red-hat-enterprise-linux, amazon-ec2 | e:d
alpine-linux | Alpine Linux | Alpine | linux | docker, debian | amb e:d
arch-linux | Arch Linux | | linux | ubuntu, debian | e:d
embedded-linux | Embedded Linux | embedded Linux systems | linux, embedded-systems | yocto, buildroot, linux-kernel | e:m
yocto | Yocto Project | Yocto, OpenEmbedded, Yocto Linux | embedded-linux | buildroot, embedded-linux | e:w
buildroot | Buildroot | | embedded-linux | yocto | e:w
linux-kernel | Linux Kernel | Linux kernel development, kernel development, kernel programming | linux | device-drivers, embedded-linux, c | e:m
ebpf | eBPF | BPF, extended Berkeley Packet Filter | linux-kernel | linux-kernel, observability | e:w
selinux | SELinux | Security-Enhanced Linux, Security Enhanced Linux | linux | system-hardening, red-hat-enterprise-linux | e:w
solaris | Solaris | Oracle Solaris, Sun Solaris, SunOS | unix | aix, hp-ux, unix | e:w
aix | AIX | IBM AIX | unix | solaris, hp-ux | cs e:w
hp-ux | HP-UX | HPUX | unix | aix, solaris | e:w
freebsd | FreeBSD | Free BSD | unix | linux | e:w
z-os | z/OS | IBM z/OS, zOS, MVS, OS/390 | mainframe | cics, ibm-db2 | e:m
mainframe | Mainframe | IBM mainframe, IBM Mainframes, mainframes, IBM Z, System z, zSeries | | z-os, cics, ibm-db2 | e:m
ibm-i | IBM i | AS/400, AS400, iSeries, IBM iSeries, System i, IBM Power Systems i, OS/400 | | ibm-db2, mainframe | e:m
cics | CICS | IBM CICS | mainframe | z-os, ibm-db2 | e:w
microsoft-windows | Windows | Microsoft Windows, MS Windows, Windows OS, Windows 10, Windows 11, Windows 7, Windows desktop | | windows-server, macos, linux | amb e:w
windows-server | Windows Server | Microsoft Windows Server, Windows Server 2019, Windows Server 2016, Windows Server 2022, Windows Server 2012, Windows servers | microsoft-windows | active-directory, iis, linux | e:w
macos | macOS | Mac OS, Mac OS X, OS X, OSX, Apple macOS | | linux, microsoft-windows, jamf | e:d
chromeos | ChromeOS | Chrome OS | | google-workspace, microsoft-windows | e:d

# Systems administration and endpoint management
active-directory | Active Directory | Microsoft Active Directory, MS Active Directory, AD DS, Active Directory Domain Services, Windows Active Directory | windows-server | group-policy, ldap, microsoft-entra-id, kerberos | e:w
group-policy | Group Policy | Group Policy Objects, Group Policy Object, Group Policy Management | active-directory | active-directory, windows-server | e:d
microsoft-intune | Microsoft Intune | Intune, Endpoint Manager, Microsoft Endpoint Manager | | sccm, jamf, microsoft-entra-id | e:w
sccm | SCCM | System Center Configuration Manager, Microsoft Configuration Manager, MECM, ConfigMgr | | microsoft-intune, windows-server | e:w
mobile-device-management | Mobile Device Management | mobile device management MDM, MDM solutions, enterprise mobility management, EMM | | microsoft-intune, jamf, vmware-workspace-one | e:w
vmware-workspace-one | VMware Workspace ONE | Workspace ONE, AirWatch, VMware AirWatch | mobile-device-management | microsoft-intune, jamf | e:d
jamf | Jamf | Jamf Pro, Casper Suite | | macos, microsoft-intune | e:d
microsoft-exchange | Microsoft Exchange | Exchange Server, MS Exchange, Exchange Online, Microsoft Exchange Server | | active-directory, microsoft-intune | e:w
servicenow | ServiceNow | Service Now | | jira, incident-management | e:w
vmware | VMware | VMware virtualization | virtualization | vmware-vsphere, hyper-v, kvm, citrix | e:w
vmware-vsphere | VMware vSphere | vSphere, ESXi, VMware ESXi, vCenter, VMware vCenter, vCenter Server | vmware | vmware, hyper-v | e:w
vmware-nsx | VMware NSX | NSX, NSX-T | vmware | vmware, software-defined-networking | e:w
vmware-horizon | VMware Horizon | Horizon View | vmware | citrix, azure-virtual-desktop | e:d
hyper-v | Hyper-V | Microsoft Hyper-V, HyperV | virtualization | vmware, kvm | e:d
kvm | KVM | Kernel-based Virtual Machine, QEMU/KVM | virtualization, linux | vmware, proxmox, xen | cs e:w
xen | Xen | Xen hypervisor, XenServer, Citrix Hypervisor | virtualization | kvm, vmware | amb e:w
proxmox | Proxmox | Proxmox VE | virtualization | kvm, vmware | e:d
virtualbox | VirtualBox | Oracle VirtualBox, Virtual Box | virtualization | vagrant, vmware | e:d
citrix | Citrix | Citrix Virtual Apps and Desktops, Citrix XenApp, XenApp, XenDesktop, Citrix Workspace | virtualization | vmware-horizon, azure-virtual-desktop | e:w
veritas-netbackup | Veritas NetBackup | NetBackup, Symantec NetBackup | backup-and-recovery | commvault, veeam | e:d
commvault | Commvault | CommVault, Commvault Backup | backup-and-recovery | veeam, veritas-netbackup | e:d
ibm-spectrum-scale | IBM Spectrum Scale | GPFS, General Parallel File System, IBM Storage Scale | high-performance-computing | lustre, ceph | e:w
lustre | Lustre | Lustre file system, Lustre filesystem | high-performance-computing | ibm-spectrum-scale, ceph | amb e:w
veeam | Veeam | Veeam Backup and Replication, Veeam Backup | | backup-and-recovery, vmware | e:d
nutanix | Nutanix | Nutanix AHV | virtualization | vmware | e:w
ceph | Ceph | Ceph storage, Red Hat Ceph | | openstack, kubernetes | e:w
netapp | NetApp | NetApp ONTAP, ONTAP | | storage-area-network, vmware | e:w
storage-area-network | Storage Area Network | SAN storage, storage area networks | | netapp, network-attached-storage | e:w
network-attached-storage | Network Attached Storage | NAS storage | | storage-area-network, netapp | e:d

# Web servers, application servers, proxies
nginx | Nginx | nginx web server, NGINX Plus | | apache-http-server, haproxy, envoy | e:d
apache-http-server | Apache HTTP Server | Apache httpd, httpd, Apache web server, Apache2, Apache HTTPD | | nginx, apache-tomcat | e:d
apache-tomcat | Apache Tomcat | Tomcat | java | jboss, apache-http-server, weblogic | e:d
jboss | JBoss | JBoss EAP, WildFly, Red Hat JBoss | java | apache-tomcat, weblogic, websphere | e:w
weblogic | Oracle WebLogic | WebLogic, WebLogic Server, Oracle WebLogic Server | java | websphere, jboss, apache-tomcat | e:w
websphere | IBM WebSphere | WebSphere, WebSphere Application Server | java | weblogic, jboss, ibm-mq | e:w
iis | IIS | Internet Information Services, Microsoft IIS | windows-server | nginx, asp-net | cs e:d
haproxy | HAProxy | HA Proxy | load-balancing | nginx, envoy, f5-big-ip | e:d
traefik | Traefik | | load-balancing | nginx, kubernetes | e:d
f5-big-ip | F5 BIG-IP | F5, BIG-IP, F5 load balancers, F5 Networks, F5 LTM | load-balancing | haproxy, nginx | cs e:w
kong-gateway | Kong Gateway | Kong API Gateway, Kong Konnect | api-gateway | apigee, nginx | e:d
varnish | Varnish | Varnish Cache | | nginx, content-delivery-network | amb e:d

# Messaging and middleware
rabbitmq | RabbitMQ | Rabbit MQ | message-queues | kafka, activemq, amazon-sqs | e:w
activemq | ActiveMQ | Apache ActiveMQ, Active MQ, ActiveMQ Artemis | message-queues | rabbitmq, ibm-mq | e:d
ibm-mq | IBM MQ | WebSphere MQ, IBM WebSphere MQ, MQSeries, MQ Series | message-queues | rabbitmq, activemq, tibco-ems | e:w
tibco-ems | TIBCO EMS | TIBCO Enterprise Message Service | message-queues | ibm-mq, activemq | e:w
zeromq | ZeroMQ | ZMQ, 0MQ, ØMQ | message-queues | rabbitmq, nats | e:d
nats | NATS | NATS.io, NATS JetStream | message-queues | kafka, rabbitmq, zeromq | cs e:d
apache-pulsar | Apache Pulsar | Pulsar | message-queues | kafka, rabbitmq | amb e:w
mulesoft | MuleSoft | Mule ESB, MuleSoft Anypoint, Anypoint Platform, Mule 4 | enterprise-service-bus | apigee, boomi | e:w
boomi | Boomi | Dell Boomi, Boomi AtomSphere | | mulesoft, tibco-ems | e:w

# Monitoring, logging and observability tools
prometheus | Prometheus | Prometheus monitoring, PromQL | observability | grafana, opentelemetry, datadog | amb e:w
grafana | Grafana | Grafana dashboards | observability | prometheus, kibana, datadog | e:d
datadog | Datadog | DataDog, Datadog APM | observability | new-relic, dynatrace, splunk | e:d
new-relic | New Relic | NewRelic | observability | datadog, dynatrace, appdynamics | e:d
dynatrace | Dynatrace | | observability | appdynamics, datadog, new-relic | e:d
appdynamics | AppDynamics | AppD, App Dynamics | observability | dynatrace, new-relic | e:d
splunk | Splunk | Splunk Enterprise, Splunk Cloud | observability | elk-stack, siem, sumo-logic | e:w
elk-stack | ELK Stack | ELK, ELK stack, Elastic Stack, Elastic stack, EFK, EFK stack, EFK Stack | observability | elasticsearch, logstash, kibana, splunk | cs e:w
kibana | Kibana | | elk-stack | elasticsearch, logstash, grafana | e:d
logstash | Logstash | | elk-stack | elasticsearch, kibana, fluentd | e:d
filebeat | Filebeat | | elk-stack | logstash, fluentd | e:d
fluentd | Fluentd | Fluent Bit, FluentBit, Fluent-bit | observability | logstash, elk-stack | e:d
opentelemetry | OpenTelemetry | OTel, Open Telemetry | observability, distributed-tracing | jaeger, prometheus, datadog | e:w
jaeger | Jaeger | Jaeger tracing | distributed-tracing | zipkin, opentelemetry | amb e:d
zipkin | Zipkin | | distributed-tracing | jaeger, opentelemetry | e:d
nagios | Nagios | Nagios Core, Nagios XI | | zabbix, prtg, solarwinds | e:d
zabbix | Zabbix | | | nagios, prtg | e:d
prtg | PRTG | PRTG Network Monitor, Paessler PRTG | | nagios, solarwinds | e:d
solarwinds | SolarWinds | SolarWinds NPM, SolarWinds Orion | | nagios, prtg | e:d
sumo-logic | Sumo Logic | SumoLogic | observability | splunk, datadog | e:d
graylog | Graylog | | observability | elk-stack, splunk | e:d
sentry | Sentry | Sentry.io | observability | datadog, new-relic | amb e:d
pagerduty | PagerDuty | Pager Duty | incident-management | opsgenie, datadog | e:d
opsgenie | Opsgenie | OpsGenie | incident-management | pagerduty | e:d

# HashiCorp and service discovery
consul | Consul | HashiCorp Consul | | hashicorp-vault, nomad, etcd | amb e:d
hashicorp-vault | HashiCorp Vault | Vault by HashiCorp, Vault | secrets-management | aws-secrets-manager, azure-key-vault, consul | amb e:d

# Networking
computer-networking | Computer Networking | networking, network engineering, computer networks, network fundamentals, networking fundamentals, networking concepts, networking protocols, Networking | | tcp-ip, dns, routing-and-switching, network-security | amb e:m
routing-and-switching | Routing and Switching | routing & switching, routers and switches, switching and routing | computer-networking | cisco-ios, bgp, ospf, vlan | e:m
lan-wan | LAN/WAN | LAN, WAN, LANs, WANs, LAN and WAN, local area network, wide area network, Local Area Network, Wide Area Network, LAN/WAN networking | computer-networking | routing-and-switching, sd-wan, vlan | cs e:w
dns | DNS | Domain Name System, Domain Name Service | computer-networking | dhcp, amazon-route-53, tcp-ip | e:d
dhcp | DHCP | Dynamic Host Configuration Protocol | computer-networking | dns, tcp-ip | e:d
load-balancing | Load Balancing | load balancers, load balancer, load-balancing | computer-networking | haproxy, nginx, f5-big-ip, elastic-load-balancing | e:d
vpn | VPN | VPNs, virtual private network, virtual private networks, IPsec VPN, site-to-site VPN | computer-networking, network-security | ipsec, wireguard, firewalls | e:d
ipsec | IPsec | IPSec, IP Security | network-security | vpn | e:d
wireguard | WireGuard | Wire Guard | vpn | vpn, openvpn | e:d
openvpn | OpenVPN | Open VPN | vpn | vpn, wireguard | e:d
bgp | BGP | Border Gateway Protocol | routing-and-switching | ospf, mpls, eigrp | e:w
ospf | OSPF | Open Shortest Path First | routing-and-switching | bgp, eigrp | e:w
eigrp | EIGRP | Enhanced Interior Gateway Routing Protocol | routing-and-switching | ospf, bgp | e:d
mpls | MPLS | Multiprotocol Label Switching | routing-and-switching | bgp, sd-wan | e:w
vlan | VLAN | VLANs, virtual LAN, virtual LANs | routing-and-switching | routing-and-switching, lan-wan | e:d
sd-wan | SD-WAN | SDWAN, software-defined WAN | computer-networking | mpls, lan-wan, software-defined-networking | e:w
software-defined-networking | Software-Defined Networking | SDN, software defined networking | computer-networking | sd-wan, vmware-nsx | e:w
network-automation | Network Automation | network programmability | computer-networking | ansible, python | e:w
network-management-systems | Network Management Systems | NMS, network management system, network management tools, network monitoring tools | computer-networking | snmp, solarwinds, prtg | e:w
network-monitoring | Network Monitoring | network performance monitoring, network traffic monitoring | computer-networking | network-management-systems, wireshark, nagios | e:w
proxy-servers | Proxy Servers | proxy server, forward proxy, reverse proxy, reverse proxies, web proxy | computer-networking | nginx, haproxy, squid | e:d
squid | Squid | Squid proxy, Squid Cache | proxy-servers | proxy-servers, nginx | amb e:d
snmp | SNMP | Simple Network Management Protocol | computer-networking | nagios, prtg | e:d
ssh | SSH | Secure Shell, OpenSSH | | linux, bash | e:d
ldap | LDAP | Lightweight Directory Access Protocol, OpenLDAP | | active-directory, kerberos, single-sign-on | e:d
wi-fi | Wi-Fi | WiFi, Wireless LAN, WLAN, wireless networking, 802.11 | computer-networking | lan-wan | e:w
cisco-ios | Cisco IOS | IOS-XE, IOS XR, Cisco IOS XE, Cisco IOS XR, NX-OS, Cisco NX-OS | routing-and-switching | cisco-networking, juniper-junos | e:w
cisco-networking | Cisco Networking | Cisco routers, Cisco switches, Cisco routers and switches, Cisco equipment, Cisco | routing-and-switching | cisco-ios, juniper-junos | amb e:w
juniper-junos | Juniper Junos | Junos, Juniper routers, Juniper switches | routing-and-switching | cisco-ios, bgp | e:w
arista-eos | Arista EOS | Arista Networks, Arista switches | routing-and-switching | cisco-ios, juniper-junos | e:w
`;
