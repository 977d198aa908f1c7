export default `
# Operations and supply chain: planning, logistics, warehousing, procurement, lean and quality, facilities and safety.
# SAP itself and ERP are finance's (SAP modules here take "sap" as parent); Lean is pm's; contract negotiation is legal's.

# --- Supply chain planning ---
supply-chain-management | Supply Chain Management | supply chain operations, end-to-end supply chain management, supply chain logistics | | logistics, procurement, demand-planning, inventory-management | e:m
supply-chain-planning | Supply Chain Planning | | supply-chain-management | demand-planning, supply-planning, sales-and-operations-planning | e:m
demand-planning | Demand Planning | demand forecasting, demand planning and forecasting | supply-chain-planning | sales-and-operations-planning, inventory-optimization | e:w
supply-planning | Supply Planning | | supply-chain-planning | demand-planning, mrp | e:w
sales-and-operations-planning | S&OP | Sales and Operations Planning, Sales & Operations Planning, S&OP process, integrated business planning, IBP | supply-chain-planning | demand-planning, sap-ibp, kinaxis | e:w
inventory-management | Inventory Management | inventory control, stock management, inventory tracking, inventory management systems | supply-chain-management | cycle-counting, inventory-optimization, wms | e:w
inventory-optimization | Inventory Optimization | inventory planning, safety stock optimization, safety stock planning | inventory-management | demand-planning | e:w
cycle-counting | Cycle Counting | cycle counts, physical inventory counts, physical inventory | inventory-management | inventory-management | e:d
mrp | MRP | material requirements planning, materials requirements planning, MRP II, manufacturing resource planning | supply-planning | production-planning, erp | e:w
production-planning | Production Planning | production scheduling, production planning and control | | mrp, sap-pp | e:w
bill-of-materials | Bill of Materials | BOM, BOMs, bills of materials, BOM management | production-planning | mrp | e:d

# --- Logistics and transportation ---
logistics | Logistics | logistics management, logistics operations, logistics coordination, logistics | supply-chain-management | transportation-management, warehouse-operations, freight-forwarding | amb e:m
transportation-management | Transportation Management | freight management, transportation management system, transportation management systems | logistics | route-planning, fleet-management | e:w
freight-forwarding | Freight Forwarding | freight forwarder operations | logistics | trade-compliance, incoterms | e:w
trade-compliance | Trade Compliance | customs compliance, import/export compliance, customs brokerage, import and export compliance | logistics | incoterms, hts-classification, itar-compliance | e:w
incoterms | Incoterms | Incoterms 2020 | trade-compliance | freight-forwarding | e:d
hts-classification | HTS Classification | tariff classification, harmonized tariff schedule, HS classification | trade-compliance | trade-compliance | e:d
last-mile-delivery | Last-Mile Delivery | last mile delivery, last-mile logistics | logistics | route-planning | e:w
route-planning | Route Planning | route optimization, route optimisation, delivery route planning | transportation-management | fleet-management, dispatching | e:d
fleet-management | Fleet Management | fleet operations, fleet maintenance | transportation-management | dispatching, dot-regulations | e:w
dispatching | Dispatching | dispatch operations, truck dispatching, load dispatching | transportation-management | fleet-management, route-planning | e:d
dot-regulations | DOT Regulations | DOT compliance, FMCSA regulations, FMCSA compliance, hours of service regulations | fleet-management | cdl, hazmat-handling | e:d
hazmat-handling | Hazmat Handling | hazardous materials handling, dangerous goods handling, IATA dangerous goods, hazmat shipping | logistics | dot-regulations | e:d
edi | EDI | Electronic Data Interchange, EDI transactions, ANSI X12, X12, EDIFACT | | supply-chain-management, sap-sd | e:w

# --- Warehousing and fulfilment ---
warehouse-operations | Warehouse Operations | warehouse management, distribution center operations | logistics | wms, order-fulfillment, shipping-and-receiving | e:w
wms | Warehouse Management Systems | warehouse management system, WMS systems, WMS system, WMS software | warehouse-operations | manhattan-wms, sap-ewm, blue-yonder | e:w
manhattan-wms | Manhattan WMS | Manhattan Associates, Manhattan SCALE, Manhattan Active WM | wms | sap-ewm, blue-yonder | e:w
sap-ewm | SAP EWM | SAP Extended Warehouse Management, SAP WM, SAP Warehouse Management | sap, wms | manhattan-wms | e:w
blue-yonder | Blue Yonder | JDA Software, JDA | supply-chain-planning | kinaxis, manhattan-wms | e:w
order-fulfillment | Order Fulfillment | order fulfilment, fulfillment operations, pick pack ship, pick and pack, order picking | warehouse-operations | shipping-and-receiving, barcode-scanning | e:d
shipping-and-receiving | Shipping and Receiving | shipping & receiving, shipping/receiving, receiving and shipping | warehouse-operations | order-fulfillment, material-handling | e:d
barcode-scanning | Barcode Scanning | barcode scanners, RF scanning, RF scanners, RF guns | warehouse-operations | rfid, order-fulfillment | e:d
rfid | RFID | radio frequency identification, RFID systems | | barcode-scanning | e:w
material-handling | Material Handling | materials handling | warehouse-operations | forklift-operation, pallet-jack-operation | e:d
forklift-operation | Forklift Operation | forklift, forklifts, forklift driving, forklift operations, powered industrial trucks, reach truck, reach trucks | material-handling | pallet-jack-operation, forklift-certification | e:d
pallet-jack-operation | Pallet Jack Operation | pallet jack, pallet jacks, electric pallet jack | material-handling | forklift-operation | e:d

# --- Supply chain and procurement systems ---
sap-mm | SAP MM | SAP Materials Management | sap, procurement | sap-ariba, sap-pp | e:w
sap-sd | SAP SD | SAP Sales and Distribution | sap | sap-mm | e:w
sap-pp | SAP PP | SAP Production Planning | sap, production-planning | sap-mm | e:w
sap-ibp | SAP IBP | SAP Integrated Business Planning | sap, sales-and-operations-planning | kinaxis | e:w
sap-ariba | SAP Ariba | Ariba | sap, procurement | coupa, sap-mm | e:w
oracle-scm | Oracle SCM Cloud | Oracle SCM, Oracle Supply Chain Management, Oracle Fusion SCM | supply-chain-management | oracle-erp-cloud | e:w
kinaxis | Kinaxis RapidResponse | Kinaxis, RapidResponse | sales-and-operations-planning | sap-ibp, blue-yonder | e:w
o9-solutions | o9 Solutions | o9 | supply-chain-planning | kinaxis | e:w
coupa | Coupa | Coupa Procurement, Coupa Spend Management | procurement | sap-ariba | e:d

# --- Procurement and vendors ---
procurement | Procurement | procurement management, purchasing management, strategic procurement, procurement | supply-chain-management | strategic-sourcing, procure-to-pay, vendor-management | amb e:w
strategic-sourcing | Strategic Sourcing | sourcing strategy, category sourcing | procurement | spend-analysis, vendor-management | e:w
procure-to-pay | Procure-to-Pay | procure to pay, purchase-to-pay, purchase to pay | procurement | accounts-payable, purchase-order-management | e:w
purchase-order-management | Purchase Order Management | purchase orders, purchase order processing, PO processing, PO management, purchase requisitions | procurement | procure-to-pay | e:d
spend-analysis | Spend Analysis | spend analytics | procurement | strategic-sourcing | e:d
vendor-management | Vendor Management | supplier management, vendor relations, vendor relationship management, supplier relationship management | procurement | strategic-sourcing, contract-negotiation, supplier-quality-management | e:w
supplier-quality-management | Supplier Quality Management | supplier quality, supplier audits, supplier development | vendor-management | ppap, quality-audits | e:w

# --- Lean, Six Sigma and process excellence ---
lean-manufacturing | Lean Manufacturing | lean production, Toyota Production System | lean | six-sigma, kaizen, 5s, value-stream-mapping | e:w
six-sigma | Six Sigma | Six Sigma methodology, Six Sigma methodologies | | lean-six-sigma, dmaic, six-sigma-green-belt | e:w
lean-six-sigma | Lean Six Sigma | | six-sigma, lean | six-sigma-green-belt, six-sigma-black-belt | e:w
dmaic | DMAIC | Define Measure Analyze Improve Control | six-sigma | root-cause-analysis | e:d
kaizen | Kaizen | kaizen events, kaizen event | lean | 5s, lean-manufacturing | e:d
5s | 5S | 5S methodology, 5S system | lean | kaizen, lean-manufacturing | cs e:d
value-stream-mapping | Value Stream Mapping | VSM, value stream maps | lean | process-mapping, kaizen | e:d
just-in-time | Just-in-Time Manufacturing | just in time manufacturing, just-in-time inventory, JIT manufacturing, JIT inventory | lean-manufacturing | kanban, lean-manufacturing | e:d
poka-yoke | Poka-Yoke | error proofing, mistake proofing | lean-manufacturing | root-cause-analysis | e:d
total-productive-maintenance | Total Productive Maintenance | | lean-manufacturing | oee, preventive-maintenance | e:w
oee | OEE | Overall Equipment Effectiveness | | total-productive-maintenance | e:d
smed | SMED | Single-Minute Exchange of Die, quick changeover | lean-manufacturing | oee | e:d
hoshin-kanri | Hoshin Kanri | policy deployment | lean | okrs | e:d
theory-of-constraints | Theory of Constraints | | | lean, production-planning | e:d
root-cause-analysis | Root Cause Analysis | RCA, root cause analyses, root-cause analysis | | five-whys, fishbone-diagrams, 8d-problem-solving | e:d
five-whys | 5 Whys | five whys, 5 Why analysis | root-cause-analysis | fishbone-diagrams | e:d
fishbone-diagrams | Fishbone Diagrams | fishbone diagram, Ishikawa diagram, Ishikawa diagrams, cause and effect diagram | root-cause-analysis | five-whys | e:d
8d-problem-solving | 8D Problem Solving | 8D, 8D reports, 8D methodology, Eight Disciplines | root-cause-analysis | capa | e:d
fmea | FMEA | Failure Mode and Effects Analysis, Failure Modes and Effects Analysis, PFMEA, DFMEA | | root-cause-analysis, apqp | e:w
statistical-process-control | Statistical Process Control | SPC, control charts | statistics | six-sigma, measurement-systems-analysis | e:w
measurement-systems-analysis | Measurement Systems Analysis | gage R&R, gauge R&R | statistical-process-control | statistical-process-control | e:d
sipoc | SIPOC | SIPOC diagram | six-sigma | process-mapping | e:d
process-mapping | Process Mapping | process flow mapping, business process mapping, process flowcharts, process maps | | value-stream-mapping, business-process-management | e:d
business-process-reengineering | Business Process Reengineering | BPR, business process re-engineering, business processing re-engineering | | process-mapping, business-process-management | e:w
business-process-management | Business Process Management | BPM | | process-mapping, business-process-reengineering | e:w
sop-development | SOP Development | SOP writing, standard operating procedure development, writing SOPs, SOP creation | | process-mapping, good-documentation-practices | e:d

# --- Quality management ---
quality-management-systems | Quality Management Systems | QMS, quality management system | | iso-9001, capa, quality-audits | e:w
iso-9001 | ISO 9001 | ISO 9001:2015, ISO9001 | quality-management-systems | iso-13485, iso-14001 | e:w
iso-14001 | ISO 14001 | ISO14001 | | iso-9001, ehs | e:w
iso-45001 | ISO 45001 | OHSAS 18001 | ehs | iso-14001 | e:w
total-quality-management | Total Quality Management | TQM | quality-management-systems | six-sigma | e:w
capa | CAPA | corrective and preventive action, corrective and preventive actions, CAPA management | quality-management-systems | root-cause-analysis, 8d-problem-solving | e:d
quality-audits | Quality Audits | internal quality audits, quality auditing, QMS audits | quality-management-systems | iso-9001 | e:w
ppap | PPAP | Production Part Approval Process | supplier-quality-management | apqp, iatf-16949 | e:w
apqp | APQP | Advanced Product Quality Planning | quality-management-systems | ppap, fmea | e:w
iatf-16949 | IATF 16949 | ISO/TS 16949, TS 16949 | quality-management-systems | ppap, apqp | e:w
as9100 | AS9100 | AS9100D, AS 9100 | quality-management-systems | iso-9001 | e:w

# --- Facilities, maintenance and safety ---
facilities-management | Facilities Management | facility management, facilities operations | | cmms, preventive-maintenance | e:w
cmms | CMMS | computerized maintenance management system, computerized maintenance management systems | facilities-management | ibm-maximo, preventive-maintenance | e:d
predictive-maintenance | Predictive Maintenance | predictive maintenance techniques, predictive maintenance models | | cmms, vibration-analysis, machine-learning | e:w
ibm-maximo | IBM Maximo | Maximo | cmms | cmms | e:w
preventive-maintenance | Preventive Maintenance | preventative maintenance, planned maintenance, planned preventive maintenance, planned preventative maintenance, PPM schedules, PPM tasks, scheduled maintenance, routine maintenance inspections | facilities-management | total-productive-maintenance, cmms | e:w
reactive-maintenance | Reactive Maintenance | reactive repairs, reactive maintenance tasks, breakdown maintenance, emergency repairs and breakdowns, responding to breakdowns | facilities-management | preventive-maintenance | e:w
statutory-compliance-testing | Statutory Testing | statutory compliance testing, statutory inspections, statutory maintenance, statutory and mandatory testing, statutory testing and inspection, statutory compliance inspections, statutory checks | facilities-management | electrical-inspection-and-testing, legionella-control, fire-alarm-systems | e:w
legionella-control | Legionella Control | legionella risk assessment, legionella risk assessments, legionella testing, legionella monitoring, legionella management, water hygiene, water hygiene monitoring, L8 ACOP, water temperature monitoring | statutory-compliance-testing | cooling-towers | e:d
risk-assessment | Risk Assessment | risk assessments, workplace risk assessment, workplace risk assessments, health and safety risk assessment, health and safety risk assessments, carrying out risk assessments, conduct risk assessments, conducting risk assessments, completing risk assessments, writing risk assessments, risk assessment writing, dynamic risk assessment, dynamic risk assessments, COSHH assessments, COSHH risk assessments, fire risk assessment, fire risk assessments, manual handling risk assessments | ehs | rams, job-hazard-analysis | e:d
ehs | EHS | environmental health and safety, EH&S, HSE, health safety and environment | | osha, iso-45001, job-hazard-analysis | e:w
job-hazard-analysis | Job Hazard Analysis | JHA, job safety analysis, JSA | ehs | lockout-tagout | e:d
lockout-tagout | Lockout/Tagout | LOTO, lockout tagout, lock out tag out | ehs | osha | e:d
business-continuity-planning | Business Continuity Planning | BCP, business continuity management, business continuity plans | | risk-management | e:w
food-safety | Food Safety | safe food handling, food handling, food safety practices | | haccp, servsafe | e:d
haccp | HACCP | Hazard Analysis Critical Control Point, Hazard Analysis and Critical Control Points | food-safety | food-safety, gmp | e:d
loss-prevention | Loss Prevention | shrink reduction, shrink management | | inventory-management | e:w
`;
