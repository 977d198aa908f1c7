export default `
# APIs and web services
api-development | API Development | APIs, API, API's, API integration, API integrations, API programming | | rest, api-design, graphql | e:w
api-design | API Design | API architecture, API-first design, API first, API-first development | api-development | rest, openapi, graphql, grpc | e:w
rest | REST | RESTful, REST API, REST APIs, RESTful APIs, RESTful API, RESTful services, RESTful web services, REST services, RESTful web service, Representational State Transfer, Restful, Restful APIs, Restful API, Restful services, Rest API, Rest APIs, restful APIs, restful API, restful services, REST api, RESTful Services, RESTful Web Services, REST Services, REST-based, representational state transfer, RESTful architecture | api-development | graphql, openapi, json, http | cs e:w
graphql | GraphQL | Graph QL, GraphQL APIs, GraphQL API | api-development | rest, grpc | e:w
grpc | gRPC | gRPC APIs | api-development | protocol-buffers, rest, microservices | e:w
soap | SOAP | SOAP web services, SOAP APIs, SOAP API, SOAP services, Simple Object Access Protocol, SOAP Web Services, SOAP Services | web-services | rest, wsdl, xml | cs e:w
wsdl | WSDL | Web Services Description Language | soap | soap | e:d
web-services | Web Services | web service, web services development | | rest, soap, api-development | e:w
json-rpc | JSON-RPC | JSON RPC | rpc | grpc, rest | e:d
rpc | RPC | remote procedure call, remote procedure calls | | grpc, json-rpc | e:d
openapi | OpenAPI | OpenAPI Specification, OpenAPI spec, Swagger, Swagger UI | api-design | rest, api-design | e:d
api-gateway | API Gateway | API gateways | | microservices, amazon-api-gateway, kong-gateway, apigee, azure-api-management | e:d
api-management | API Management | API lifecycle management | api-development | apigee, azure-api-management, mulesoft | e:w
odata | OData | Open Data Protocol | rest | rest, api-development | e:d
software-development-kit | Software Development Kit | SDK, SDKs, SDK development, software development kits | api-development | api-development, api-documentation | e:w
api-documentation | API Documentation | API docs, API reference documentation, API references | api-development | openapi, docs-as-code | e:d
docs-as-code | Docs as Code | docs-as-code, documentation as code, documentation-as-code | | api-documentation, markdown, git | e:d
developer-experience | Developer Experience | DevEx, developer productivity engineering | | developer-relations, platform-engineering | e:w
developer-relations | Developer Relations | DevRel, developer advocacy, developer evangelism | | developer-experience, api-documentation | e:w
webhooks | Webhooks | webhook | api-development | rest, api-development | e:d
server-sent-events | Server-Sent Events | server sent events | http | websockets | e:d

# Data formats and serialization
json | JSON | JavaScript Object Notation, JSON format | | xml, rest, json-schema | e:d
json-schema | JSON Schema | | json | json, openapi | e:d
protocol-buffers | Protocol Buffers | Protobuf, Protobufs, proto3, Google Protocol Buffers | | grpc, apache-avro, apache-thrift | e:d
apache-orc | Apache ORC | ORC files, ORC format | | apache-parquet | e:d
apache-thrift | Apache Thrift | | | protocol-buffers, grpc | e:d
messagepack | MessagePack | msgpack | | protocol-buffers, json | e:d
geojson | GeoJSON | Geo JSON | json | json | e:d
hdf5 | HDF5 | HDF, Hierarchical Data Format | | apache-parquet, netcdf | e:d
netcdf | NetCDF | netCDF4 | | hdf5 | e:d
rdf | RDF | Resource Description Framework, RDF triples | semantic-web | owl, triplestore | e:w
owl | OWL | Web Ontology Language, OWL ontologies | semantic-web | rdf, ontology-engineering | cs e:w
semantic-web | Semantic Web | linked data, semantic technologies | | rdf, owl, knowledge-graphs | e:w
knowledge-graphs | Knowledge Graphs | knowledge graph | | semantic-web, graph-databases, rdf | e:w
ontology-engineering | Ontology Engineering | ontology development, ontology design, ontologies, ontology modeling, ontology modelling | semantic-web | owl, knowledge-graphs | e:w
triplestore | Triplestore | triple store, triple stores, RDF store, RDF triplestore | semantic-web, graph-databases | rdf, neo4j | e:w

# Network protocols
tcp-ip | TCP/IP | TCP, TCP IP, TCP/IP networking, Transmission Control Protocol, TCP/IP protocols | computer-networking | udp, http, dns, osi-model | e:w
udp | UDP | User Datagram Protocol | computer-networking | tcp-ip | e:d
ip-addressing | IP Addressing | subnetting, IP subnetting, CIDR, IPv4, IPv4 addressing | computer-networking | ipv6, tcp-ip, dhcp | e:d
ipv6 | IPv6 | IP v6 | computer-networking | ip-addressing, tcp-ip | e:d
osi-model | OSI Model | OSI, OSI layers, OSI reference model, 7-layer OSI model | computer-networking | tcp-ip | e:d
http | HTTP | HTTP/1.1, Hypertext Transfer Protocol, HTTP protocol | tcp-ip | https, http2, rest, websockets | cs e:d
https | HTTPS | HTTP Secure, HTTP over TLS | http | http, tls-ssl | cs e:d
http2 | HTTP/2 | HTTP2, HTTP 2 | http | http, http3, grpc | e:d
http3 | HTTP/3 | HTTP3, QUIC | http | http2, udp | e:d
websockets | WebSockets | WebSocket, Web Sockets, Web Socket, WebSocket API | | http, webrtc, server-sent-events | e:d
sip | SIP | Session Initiation Protocol, SIP trunking | voip | voip, webrtc | cs e:w
voip | VoIP | Voice over IP, voice over internet protocol, IP telephony | computer-networking | sip, webrtc | e:w
smtp | SMTP | Simple Mail Transfer Protocol | tcp-ip | http | e:d
ftp | FTP | SFTP, FTPS, File Transfer Protocol, Secure File Transfer Protocol | tcp-ip | ssh | e:d
mqtt | MQTT | MQ Telemetry Transport | iot | amqp, coap, iot | e:d
amqp | AMQP | Advanced Message Queuing Protocol | message-queues | mqtt, rabbitmq | e:d
coap | CoAP | Constrained Application Protocol | iot | mqtt | e:d
stomp | STOMP | Simple Text Oriented Messaging Protocol | message-queues | amqp, activemq | cs e:d
as2 | AS2 | Applicability Statement 2 | edi | edi, ftp | e:d
fix-protocol | FIX Protocol | Financial Information eXchange, FIX messaging, FIX engine | | low-latency-systems, tcp-ip | e:w
swift-messaging | SWIFT Messaging | SWIFT MT, SWIFT MX, ISO 20022, SWIFT messages | | fix-protocol | e:w
content-delivery-network | Content Delivery Network | CDN, CDNs, content delivery networks, content distribution network | | cloudflare, akamai, amazon-cloudfront, fastly | e:d

# Industrial and embedded protocols
opc-ua | OPC UA | OPC-UA, OPC Unified Architecture | industrial-protocols | modbus, mqtt | e:d
profinet | PROFINET | | industrial-protocols | modbus, ethercat, ethernet-ip | e:d
ethercat | EtherCAT | | industrial-protocols | profinet, ethernet-ip | e:d
ethernet-ip | EtherNet/IP | Ethernet IP, EtherNet IP | industrial-protocols | profinet, modbus | e:d
bacnet | BACnet | BACnet IP, BACnet/IP | industrial-protocols | modbus, lonworks | e:d
lonworks | LonWorks | | industrial-protocols | bacnet | e:d
industrial-protocols | Industrial Communication Protocols | industrial protocols, industrial networking, fieldbus | | modbus, opc-ua, profinet | e:w
lin-bus | LIN Bus | Local Interconnect Network | embedded-systems | can-bus | e:d
i2c | I2C | I²C, IIC, I2C bus, Inter-Integrated Circuit | embedded-systems | spi, uart | e:d
spi | SPI | Serial Peripheral Interface, SPI bus | embedded-systems | i2c, uart | cs e:d
uart | UART | UARTs, USART, RS-232, RS232, RS-485, RS485, serial communication | embedded-systems | i2c, spi | e:d
usb | USB | USB protocol, USB 3.0, Universal Serial Bus | embedded-systems | pcie, uart | e:w
pcie | PCIe | PCI Express, PCI-e | embedded-systems | usb, computer-architecture | e:w
ethernet | Ethernet | Ethernet protocols, Gigabit Ethernet, 10GbE | computer-networking | tcp-ip, ethernet-ip | e:d
bluetooth | Bluetooth | Bluetooth Low Energy, BLE, Bluetooth LE | embedded-systems | zigbee, wi-fi, iot | e:w
zigbee | Zigbee | | iot | bluetooth, lorawan | e:d
lorawan | LoRaWAN | | iot | zigbee, bluetooth | e:d
jtag | JTAG | Joint Test Action Group | embedded-systems | microcontrollers, firmware | e:d

# Architecture and design
software-architecture | Software Architecture | software architectures, application architecture | | system-design, design-patterns, microservices, distributed-systems | e:m
system-design | System Design | systems design, large-scale system design, distributed system design | software-architecture | distributed-systems, software-architecture | e:m
microservices | Microservices | microservice, micro services, micro-services, microservices architecture, microservices architectures, microservice architecture | software-architecture | docker, kubernetes, service-mesh, event-driven-architecture, api-gateway | e:w
event-driven-architecture | Event-Driven Architecture | event driven architecture, event-driven systems, event-driven design, event-driven microservices, event driven systems | software-architecture | kafka, message-queues, event-sourcing, publish-subscribe | e:w
service-oriented-architecture | Service-Oriented Architecture | SOA, service oriented architecture | software-architecture | microservices, enterprise-service-bus, soap | amb e:w
enterprise-service-bus | Enterprise Service Bus | ESB, ESBs | service-oriented-architecture | mulesoft, service-oriented-architecture | e:w
enterprise-integration-patterns | Enterprise Integration Patterns | EIP patterns | | enterprise-service-bus, message-queues, apache-camel | e:w
message-queues | Message Queues | message queue, message queuing, messaging queues, message queueing, message brokers, message broker, messaging systems, message-oriented middleware | | kafka, rabbitmq, amazon-sqs, publish-subscribe | e:w
publish-subscribe | Publish-Subscribe | pub/sub, pub-sub, pubsub, publish/subscribe, publish subscribe | message-queues | message-queues, kafka, google-cloud-pub-sub | e:d
event-sourcing | Event Sourcing | event-sourced | event-driven-architecture | cqrs, domain-driven-design, kafka | e:w
cqrs | CQRS | Command Query Responsibility Segregation | software-architecture | event-sourcing, domain-driven-design | e:w
domain-driven-design | Domain-Driven Design | DDD, domain driven design | software-architecture | cqrs, event-sourcing, microservices, clean-architecture | e:w
clean-architecture | Clean Architecture | | software-architecture | hexagonal-architecture, solid-principles, domain-driven-design | e:w
hexagonal-architecture | Hexagonal Architecture | ports and adapters, ports & adapters | software-architecture | clean-architecture, domain-driven-design | e:w
twelve-factor-app | Twelve-Factor App | 12-factor app, 12 factor app, twelve factor app, 12-factor apps, 12-factor, twelve-factor methodology | | microservices, cloud-native | e:d
mvc | MVC | Model-View-Controller, Model View Controller, MVC architecture, MVC pattern, MVC frameworks, MVC framework | design-patterns | mvvm, design-patterns | e:d
mvvm | MVVM | Model-View-ViewModel, Model View ViewModel | design-patterns | mvc | e:d
design-patterns | Design Patterns | software design patterns, design pattern, GoF design patterns, Gang of Four, object-oriented design patterns | object-oriented-programming | solid-principles, mvc, object-oriented-design | e:w
solid-principles | SOLID Principles | SOLID design principles, SOLID principle, SOLID programming principles | object-oriented-programming | design-patterns, clean-architecture, object-oriented-design | e:d
object-oriented-design | Object-Oriented Design | object oriented design, OO design, OOAD, object-oriented analysis and design, object oriented analysis and design | object-oriented-programming | design-patterns, uml, solid-principles | e:w
bpmn | BPMN | Business Process Model and Notation, BPMN 2.0, Business Process Modeling Notation | | uml | e:d
uml | UML | Unified Modeling Language, Unified Modelling Language, UML diagrams, UML modeling, UML modelling | | object-oriented-design | e:w
dependency-injection | Dependency Injection | inversion of control | object-oriented-programming | design-patterns, spring | e:d
reactive-programming | Reactive Programming | reactive systems, reactive streams | | asynchronous-programming, functional-programming | e:w
asynchronous-programming | Asynchronous Programming | async programming, async/await, asynchronous I/O, non-blocking I/O, async IO | | concurrency, multithreading, reactive-programming | e:w
multi-tenancy | Multi-Tenancy | multi-tenant architecture, multitenancy, multi-tenant SaaS | software-architecture | microservices | e:w
edge-computing | Edge Computing | edge computing platforms | | iot, content-delivery-network, cloud-computing | e:w

# Programming paradigms and fundamentals
object-oriented-programming | Object-Oriented Programming | OOP, OOPS, object oriented programming, object-oriented, object oriented, OO programming, object-oriented languages | | design-patterns, solid-principles, functional-programming | e:w
functional-programming | Functional Programming | functional programming languages, functional languages, functional paradigm | | object-oriented-programming, reactive-programming, scala | e:w
procedural-programming | Procedural Programming | procedural languages | | object-oriented-programming, c | e:w
data-structures | Data Structures | data structure | | algorithms | e:m
algorithms | Algorithms | algorithm design, algorithm development, algorithmic problem solving, algorithm design and analysis | | data-structures, dynamic-programming, algorithmic-complexity | e:m
dynamic-programming | Dynamic Programming | | algorithms | algorithms, graph-algorithms | e:w
graph-algorithms | Graph Algorithms | graph theory, graph algorithm | algorithms | algorithms, graph-databases | e:w
algorithmic-complexity | Algorithmic Complexity | Big O notation, Big-O, time complexity, space complexity, computational complexity, complexity analysis | algorithms | algorithms, data-structures | e:d
vectorization | Vectorization | vectorized code, vectorised code, code vectorization, SIMD programming, SIMD | parallel-computing | parallel-computing, high-performance-computing | e:w
concurrency | Concurrency | concurrent programming, concurrency control | | multithreading, asynchronous-programming, parallel-computing | e:w
multithreading | Multithreading | multi-threading, multithreaded programming, multi-threaded programming, thread synchronization | concurrency | concurrency, parallel-computing, asynchronous-programming | e:w
parallel-computing | Parallel Computing | parallel programming, parallel processing, parallelization, parallelisation, parallel algorithms | | multithreading, high-performance-computing, gpu-programming, mpi | e:w
high-performance-computing | High-Performance Computing | HPC, high performance computing, supercomputing, HPC clusters | parallel-computing | parallel-computing, mpi, gpu-programming | e:m
slurm | Slurm | SLURM, Slurm Workload Manager | high-performance-computing | mpi, high-performance-computing | e:d
gpu-programming | GPU Programming | GPU computing, GPGPU, GPU acceleration, CUDA programming | parallel-computing | high-performance-computing | e:m
distributed-systems | Distributed Systems | distributed system, distributed computing, distributed architectures, distributed architecture | | microservices, system-design, consensus-algorithms, parallel-computing | e:m
consensus-algorithms | Consensus Algorithms | Paxos, distributed consensus, consensus protocols | distributed-systems | distributed-systems | e:w
low-latency-systems | Low-Latency Systems | low-latency programming, low latency systems, ultra-low latency systems, low-latency trading systems | | high-performance-computing, multithreading, fix-protocol | e:m
memory-management | Memory Management | manual memory management, memory management techniques | | cpp, c, performance-profiling | e:w
performance-profiling | Performance Profiling | code profiling, application profiling, performance profilers, CPU profiling | | memory-management, low-latency-systems | e:w
caching | Caching | caching strategies, cache design, caching layers, distributed caching, caching mechanisms | | redis, memcached, content-delivery-network | e:d
socket-programming | Socket Programming | network programming, socket API, BSD sockets | computer-networking | tcp-ip, websockets | e:w
systems-programming | Systems Programming | system programming, systems-level programming, low-level programming | | c, cpp, rust, operating-systems | e:m
command-line | Command Line | command-line interface, command line interface, CLI, command-line tools, CLI tools | | bash, linux | e:d
refactoring | Refactoring | code refactoring, refactor, legacy code refactoring | | code-review, design-patterns, clean-code | e:w
clean-code | Clean Code | clean coding | | refactoring, solid-principles, code-review | e:w
code-review | Code Review | code reviews, peer code review, peer code reviews, code reviewing, pull request reviews, PR reviews | | pair-programming, refactoring, git | e:d
pair-programming | Pair Programming | pair programming sessions | | code-review | e:d
software-development-life-cycle | Software Development Life Cycle | SDLC, software development lifecycle, SDLC processes, systems development life cycle, software development life-cycle | | agile, code-review, ci-cd | e:w
internationalization | Internationalization | i18n, internationalisation, localization and internationalization, i18n/l10n | | web-accessibility | e:d
web-performance | Web Performance Optimization | web performance, frontend performance, front-end performance, page speed optimization, Core Web Vitals, website performance optimization | | content-delivery-network, caching, responsive-web-design | e:w

# Systems and computing fields
operating-systems | Operating System Internals | OS internals, OS concepts, operating system concepts, operating systems internals, operating systems concepts, OS fundamentals, operating system fundamentals, operating systems fundamentals | | linux, computer-architecture, systems-programming | e:m
computer-architecture | Computer Architecture | CPU architecture, processor architecture, microarchitecture, computer organization | | operating-systems, embedded-systems | e:m
llvm | LLVM | Clang, LLVM/Clang | compilers | compilers, cpp | e:w
compilers | Compilers | compiler design, compiler development, compiler construction, compiler optimization | | computer-architecture, systems-programming | e:m
device-drivers | Device Drivers | device driver development, driver development, Linux device drivers, kernel drivers | systems-programming | linux-kernel, embedded-systems, firmware | e:m
firmware | Firmware | firmware development, firmware engineering, embedded firmware, firmware design | embedded-systems | embedded-systems, rtos, microcontrollers | e:m
vxworks | VxWorks | Wind River VxWorks | rtos | rtos, qnx | e:w
qnx | QNX | QNX Neutrino | rtos | rtos, vxworks | e:w
zephyr-rtos | Zephyr RTOS | Zephyr Project | rtos | rtos | e:w
real-time-systems | Real-Time Systems | real time systems, real-time software, real-time embedded systems, hard real-time, real-time computing | embedded-systems | rtos, low-latency-systems | e:m
iot | IoT | Internet of Things, IIoT, Industrial IoT, Industrial Internet of Things, IoT devices | | embedded-systems, mqtt, edge-computing, aws-iot-core | e:w
virtual-reality | Virtual Reality | VR, virtual reality development, VR development, virtual reality systems | | augmented-reality, extended-reality, unity, unreal-engine | cs e:w
augmented-reality | Augmented Reality | augmented reality development, AR development | | virtual-reality, extended-reality, arkit, arcore | e:w
mixed-reality | Mixed Reality | mixed reality development, MR development | | augmented-reality, virtual-reality | e:w
extended-reality | Extended Reality | XR, AR/VR, VR/AR, XR development | | virtual-reality, augmented-reality, mixed-reality | cs e:w
digital-twins | Digital Twins | digital twin, digital twin technology, digital twin modeling, digital twin modelling | | simulation-modeling, iot | e:w
green-computing | Green Computing | sustainable computing, green IT | | | e:w
systems-integration | Systems Integration | system integration, systems integration engineering | | | e:m
computer-graphics | Computer Graphics | graphics programming, real-time rendering, rendering engines | | opengl, vulkan, directx | e:m
quantum-computing | Quantum Computing | quantum algorithms, quantum programming, quantum information science | | high-performance-computing | e:m

# Blockchain
blockchain | Blockchain | blockchain technology, distributed ledger technology, DLT, distributed ledgers | | smart-contracts, ethereum, web3 | e:m
cryptocurrency | Cryptocurrency | cryptocurrencies, digital currency, digital currencies, crypto assets, crypto-assets, cryptocurrency | blockchain | bitcoin, ethereum, defi | amb e:w
bitcoin | Bitcoin | | cryptocurrency | ethereum | amb e:w
decentralized-identifiers | Decentralized Identifiers | decentralised identifiers, DIDs | blockchain | | amb e:w
ethereum | Ethereum | Ethereum Virtual Machine | blockchain | smart-contracts, web3 | e:w
web3 | Web3 | Web 3.0, dApps, dApp, decentralized applications | blockchain | ethereum, smart-contracts | e:w
hyperledger-fabric | Hyperledger Fabric | Hyperledger | blockchain | ethereum, blockchain | e:w
defi | DeFi | decentralized finance | blockchain | ethereum, smart-contracts | e:w
`;
