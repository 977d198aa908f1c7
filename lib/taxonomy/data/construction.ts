export default `
# Construction and building trades: estimating, site work, building services, civil works.
# Licences and cards (CSCS, SMSTS, OSHA 30) are cert's. Bare "estimating", "tendering" and "drafting" have
# everyday meanings: the bare words carry amb, the specific forms do not.

# --- Commercial: estimating, tendering, contracts ---
construction-estimating | Construction Estimating | estimating, Estimating, cost estimating, Cost Estimating, construction cost estimating, civil engineering estimating, civils estimating, building estimating, estimating experience, estimates preparation, preparing estimates, preparing cost estimates, cost estimates, takeoffs, material takeoffs, quantity takeoffs, quantity take-offs, take-offs, estimating software | | tendering, quantity-surveying, bid-evaluation | amb e:m
tendering | Tendering | tendering, tender preparation, tender submission, tender submissions, tender enquiry, tender enquiries, tender returns, tender pricing, pricing tenders, preparing tenders, tender management, tender bids, bid and tender, tender documents, tender documentation, tender process, tender stage, competitive tendering, pre-qualification questionnaires, PQQs, bid preparation, bid submissions, bid writing for construction | | construction-estimating, bid-evaluation | amb e:w
bid-evaluation | Bid Evaluation | bid evaluations, tender evaluation, tender evaluations, tender analysis, bid analysis, bid comparison, bid comparisons, bid review, bid reviews, bid leveling, bid levelling, bid tabulation, bid tabulations, bidder responsiveness, evaluating bids | | tendering, construction-estimating | e:w
quantity-surveying | Quantity Surveying | QS, quantity surveyor duties, cost planning, cost consultancy, bills of quantities, bill of quantities, final accounts, valuations and final accounts | | construction-estimating, nec-contracts, jct-contracts | cs e:m
design-and-build | Design and Build Contracts | design & build, design-build, design-build projects, design-build delivery, traditional or design and build, traditional and design and build, traditional or design & build, design-build contracts, D&B contracts, design and build contracts, design and build projects, design and build procurement | construction-procurement | jct-contracts | e:w
construction-procurement | Construction Procurement | procurement routes, two-stage tendering, early contractor involvement | | design-and-build, tendering | e:w
nec-contracts | NEC Contracts | NEC3, NEC4, NEC3/NEC4, NEC ECC, NEC Engineering and Construction Contract | construction-contract-administration | jct-contracts | cs e:w
jct-contracts | JCT Contracts | JCT, JCT contract, JCT Design and Build, Joint Contracts Tribunal | construction-contract-administration | nec-contracts | cs e:w
fidic-contracts | FIDIC Contracts | FIDIC, FIDIC Red Book, FIDIC Yellow Book | construction-contract-administration | nec-contracts | cs e:w
aia-contracts | AIA Contract Documents | AIA contracts, AIA G702, AIA G703, AIA billing | construction-contract-administration | schedule-of-values | e:w
construction-contract-administration | Construction Contract Administration | contract administration for construction, construction contract management, management of construction contracts, managing construction contracts, administering construction contracts, construction contracts administration, change order management, change orders, variations management, extension of time claims, payment applications, pay applications | | rfis, submittals, schedule-of-values | e:m
rfis | RFIs | RFI, requests for information, request for information, RFI management, RFI logs | construction-contract-administration | submittals | cs e:d
submittals | Submittals | submittal, submittal review, submittal logs, shop drawing review, shop drawings | construction-contract-administration | rfis | e:d
schedule-of-values | Schedule of Values | schedules of values, SOV | construction-contract-administration | aia-contracts | e:d
construction-claims | Construction Claims | delay claims, claims management in construction, delay analysis | construction-contract-administration | nec-contracts | e:m
value-engineering | Value Engineering | value engineering exercises | | construction-estimating | e:w
sustainable-building-design | Sustainable Building Design | green building design, sustainable construction, green building, green buildings, passive house design, Passivhaus, net zero buildings, energy efficient building design | | leed-ap, breeam-assessor, energy-modeling | e:m
construction-closeout | Construction Closeout | project closeout, closeout documents, closeout documentation, O&M manuals, operation and maintenance manuals, handover documentation, practical completion | construction-contract-administration | snagging | e:d
# --- Site management ---
site-supervision | Site Supervision | site management, construction site supervision, supervising site works, site manager duties, supervision of subcontractors, subcontractor management, subcontractor coordination | | construction-management | e:m
construction-management | Construction Management | construction project management, construction projects management | | site-supervision, primavera-p6 | e:m
setting-out | Setting Out | setting-out, site setting out, setting out works | | land-surveying, total-station | e:w
gps-surveying | GPS Surveying | GNSS surveying, RTK GPS, GPS rover | land-surveying | total-station | e:w
construction-scheduling | Construction Scheduling | construction programme, construction programming, look-ahead schedules, three-week look-ahead | | primavera-p6, site-supervision | e:w
cdm-regulations | CDM Regulations | CDM 2015, Construction Design and Management Regulations, principal designer duties | construction-health-and-safety | rams | cs e:w
rams | RAMS | risk assessments and method statements, method statements, risk assessment and method statement | construction-health-and-safety | cdm-regulations | cs e:d
construction-health-and-safety | Construction Health and Safety | site health and safety, construction safety, site safety management, permit to work systems, permits to work | | rams, cdm-regulations | e:w
snagging | Snagging | snagging lists, snag lists, punch lists, punch list, punch-list | | site-supervision | e:d
building-regulations | Building Regulations | building regs, Part L, Approved Documents | | cdm-regulations, building-codes | e:w
quality-inspection-construction | Construction Quality Control | construction QA/QC, site inspections, inspection and test plans, ITPs | | snagging | e:w
# --- Trades on site ---
plastering | Plastering | rendering and plastering, skimming, plaster skimming | | drywall-installation | e:w
brickwork | Brickwork and Blockwork | brickwork, blockwork, brick and block, stonemasonry | masonry | concrete-work | e:m
concrete-work | Concrete Work | concrete pouring, concrete finishing, concreting, rebar installation, reinforced concrete construction, steel fixing | | brickwork | e:w
tiling | Tiling | wall and floor tiling, tile setting, tile installation | | | e:w
painting-and-decorating | Painting and Decorating | painting & decorating, decorating, wallpapering, spray painting, commercial painting | | | e:w
scaffolding | Scaffolding | scaffold erection, erecting scaffolding, scaffold inspection | | | e:w
groundworks | Groundworks | groundwork, earthworks, excavation, trenching, drainage installation, kerbing, paving, road works | | civil-works | e:w
# "Civils" is also the sector word of UK job titles ("Senior Civils Estimator"): only the lowercase skill word counts, and only with a cue.
civil-works | Civil Engineering Works | civil works, civils, civil engineering works, civils works, civils projects, utilities installation | | groundworks | amb e:m
drainage-systems | Drainage Systems | drainage design, sewer installation, storm drainage, underground drainage | | groundworks | e:w
insulation-installation | Insulation Installation | insulation, thermal insulation installation, spray foam insulation | | | e:d
glazing | Glazing | window installation, glass installation, curtain walling | | | e:w
demolition | Demolition | demolition works, strip-out, soft strip | | | e:w
steel-erection | Steel Erection | structural steel erection, steel erecting, ironwork, ironworking | | welding | e:m
flooring-installation | Flooring Installation | floor laying, carpet fitting, vinyl flooring installation, hardwood flooring | | tiling | e:w
kitchen-fitting | Kitchen Fitting | kitchen installation, kitchen and bathroom fitting, bathroom fitting, cabinet installation | | carpentry | e:w
building-maintenance | Building Maintenance | building repairs, property maintenance, general building maintenance, handyman work | | preventive-maintenance | e:w
# --- Design and information ---
construction-drawings | Construction Drawings | reading construction drawings, architectural drawings, working drawings, drawing interpretation, as-built drawings | | blueprint-reading | e:w
clash-detection | Clash Detection | clash detection, clash avoidance | bim | navisworks | e:w
aconex | Aconex | Oracle Aconex | | procore | e:d
asta-powerproject | Asta Powerproject | Powerproject, Elecosoft Powerproject | | primavera-p6 | e:w
candy-estimating | CCS Candy | Candy estimating, Candy software | construction-estimating | | e:w
planswift | PlanSwift | | construction-estimating | bluebeam | e:d
cost-control-construction | Construction Cost Control | cost reporting, cost value reconciliation, CVR, CVRs, cost to complete | | quantity-surveying | e:w
`;
