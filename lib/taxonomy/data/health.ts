export default `
# Healthcare: clinical systems, health data standards, coding and billing, clinical skills, clinical research and
# life-science regulation. BLS, ACLS, CPC and the like are cert's. "GCP" is Google Cloud's: never an alias here.

# --- EHR and clinical systems ---
ehr | Electronic Health Records | EHR, EHRs, EHR/EMR, electronic medical records, electronic medical record, electronic health record, EHR systems, EMR systems | | epic-systems, cerner, meditech, hl7 | e:w
epic-systems | Epic | Epic Systems, Epic EHR, Epic EMR, EpicCare, Epic Hyperspace, Epic software | ehr | cerner, meditech, epic-clarity, epic-certification | amb e:w
epic-clarity | Epic Clarity | | epic-systems | epic-caboodle, sql | e:w
epic-caboodle | Epic Caboodle | | epic-systems | epic-clarity, epic-cogito | e:w
epic-cogito | Epic Cogito | | epic-systems | epic-clarity, epic-caboodle | e:w
epic-beaker | Epic Beaker | | epic-systems, laboratory-information-systems | epic-clarity | e:w
epic-resolute | Epic Resolute | Resolute Professional Billing, Resolute Hospital Billing | epic-systems, medical-billing | epic-prelude | e:w
epic-prelude | Epic Cadence and Prelude | Epic Cadence, Epic Prelude, Epic Grand Central | epic-systems, patient-scheduling | epic-resolute | e:w
epic-willow | Epic Willow | | epic-systems | medication-dispensing | e:w
epic-optime | Epic OpTime | Epic Anesthesia | epic-systems | epic-clarity | e:w
epic-ambulatory | Epic Ambulatory | Epic ASAP, Epic ClinDoc, Epic Inpatient | epic-systems | epic-clarity | e:w
cerner | Cerner | Oracle Health, Cerner Millennium, Cerner PowerChart, PowerChart, Oracle Cerner | ehr | epic-systems, meditech | e:w
meditech | MEDITECH | Meditech, MEDITECH Expanse, Meditech Expanse | ehr | epic-systems, cerner | e:w
athenahealth | athenahealth | athenaOne, athenaCollector, athenaClinicals, Athena Health | ehr | eclinicalworks, nextgen-healthcare | e:w
eclinicalworks | eClinicalWorks | eCW | ehr | athenahealth, nextgen-healthcare | e:w
allscripts | Allscripts | Veradigm, Allscripts Sunrise, Sunrise Clinical Manager | ehr | cerner, nextgen-healthcare | e:w
nextgen-healthcare | NextGen Healthcare | NextGen EHR, NextGen Office | ehr | eclinicalworks, athenahealth | e:w
pointclickcare | PointClickCare | | ehr | matrixcare | e:d
matrixcare | MatrixCare | | ehr | pointclickcare | e:d
kareo | Kareo | Tebra | ehr, medical-billing | advancedmd | e:d
advancedmd | AdvancedMD | | ehr, medical-billing | kareo | e:d
dentrix | Dentrix | Henry Schein Dentrix | | eaglesoft, dental-radiography | e:d
eaglesoft | Eaglesoft | Patterson Eaglesoft | | dentrix | e:d
laboratory-information-systems | Laboratory Information Systems | LIS, laboratory information system | | epic-beaker, clia | e:w
pacs | PACS | Picture Archiving and Communication System, PACS systems | | dicom, radiology-information-systems | e:w
radiology-information-systems | Radiology Information Systems | RIS, radiology information system | | pacs | e:w
pyxis | Pyxis MedStation | Pyxis, BD Pyxis | medication-dispensing | omnicell | e:d
omnicell | Omnicell | | medication-dispensing | pyxis | e:d

# --- Health data standards and interoperability ---
hl7 | HL7 | Health Level Seven, Health Level 7, HL7 v2, HL7 v3, HL7 messaging, HL7 interfaces | | fhir, c-cda, ehr | e:w
fhir | FHIR | HL7 FHIR, Fast Healthcare Interoperability Resources, FHIR API, FHIR APIs | hl7 | hl7, rest | e:w
c-cda | C-CDA | CCDA, Consolidated CDA | hl7 | fhir | e:w
dicom | DICOM | Digital Imaging and Communications in Medicine | | pacs | e:w
medical-imaging | Medical Imaging | medical imaging technology, medical imaging technologies | | dicom, pacs, radiography | e:m
health-technology-assessment | Health Technology Assessment | HTA, health technology appraisal, health technology assessments | | | cs e:m
snomed-ct | SNOMED CT | SNOMED, SNOMED-CT | | icd-10, loinc | e:w
loinc | LOINC | Logical Observation Identifiers Names and Codes | | snomed-ct | e:d
omop-cdm | OMOP CDM | OMOP, OMOP Common Data Model, OHDSI | | real-world-evidence, snomed-ct | e:w
hipaa | HIPAA | Health Insurance Portability and Accountability Act, HIPAA compliance, HIPAA regulations, HIPAA privacy | | hitech-act, hl7 | e:d
hitech-act | HITECH Act | HITECH | hipaa | hipaa | e:d
health-informatics | Health Informatics | clinical informatics, healthcare informatics, medical informatics, nursing informatics | | ehr, hl7, fhir | e:m
health-information-management | Health Information Management | HIM | | medical-coding, ehr | cs e:m

# --- Medical coding, billing and revenue cycle ---
medical-coding | Medical Coding | clinical coding, medical coding and billing | | icd-10, cpt-coding, hcpcs, certified-professional-coder | e:m
icd-10 | ICD-10 | ICD-10-CM, ICD-10-PCS, ICD10, ICD-10 coding, ICD-9, ICD-11 | medical-coding | cpt-coding, snomed-ct | e:w
cpt-coding | CPT Coding | CPT codes, CPT code, Current Procedural Terminology | medical-coding | icd-10, hcpcs | e:w
hcpcs | HCPCS | Healthcare Common Procedure Coding System, HCPCS Level II | medical-coding | cpt-coding | e:d
drg-coding | DRG Coding | MS-DRG, DRG, diagnosis-related groups, DRG validation | medical-coding | icd-10 | e:w
hcc-coding | HCC Coding | risk adjustment coding, Hierarchical Condition Category coding, HCC risk adjustment | medical-coding | icd-10 | e:w
medical-terminology | Medical Terminology | | | medical-coding, anatomy-and-physiology | e:w
anatomy-and-physiology | Anatomy and Physiology | anatomy & physiology, human anatomy | | medical-terminology | e:m
medical-billing | Medical Billing | healthcare billing, medical billing and coding, physician billing, hospital billing, hospital and clinic billing, professional billing, insurance billing, third-party billing, third party billing, government billing, Medicare and Medicaid billing, patient billing | revenue-cycle-management | medical-coding, claims-processing | e:w
revenue-cycle-management | Revenue Cycle Management | RCM, healthcare revenue cycle, revenue cycle | | medical-billing, claims-processing, prior-authorization | e:m
claims-processing | Claims Processing | claims adjudication, insurance claims processing, healthcare claims processing, claims management | | medical-billing | e:w
insurance-verification | Insurance Verification | benefits verification, insurance eligibility verification, patient eligibility verification | revenue-cycle-management | prior-authorization | e:d
prior-authorization | Prior Authorization | prior authorizations, pre-authorization, preauthorization, prior auth | revenue-cycle-management | insurance-verification, utilization-review | e:d
medicare-regulations | Medicare Regulations | Medicare billing, Medicare guidelines, CMS guidelines, CMS regulations, Medicaid billing | | medical-billing, hedis | e:w
utilization-review | Utilization Review | utilization management | | prior-authorization, interqual | e:w
interqual | InterQual | InterQual criteria | utilization-review | mcg-care-guidelines | e:d
mcg-care-guidelines | MCG Care Guidelines | Milliman Care Guidelines | utilization-review | interqual | e:d
hedis | HEDIS | Healthcare Effectiveness Data and Information Set, HEDIS measures | | value-based-care | e:w
value-based-care | Value-Based Care | value based care, value-based payment | | population-health, hedis | e:w
population-health | Population Health Management | population health | | value-based-care, care-coordination | e:m
patient-scheduling | Patient Scheduling | medical scheduling, patient appointment scheduling | | insurance-verification | e:d

# --- Clinical skills ---
patient-care | Patient Care | direct patient care, bedside care | | patient-assessment, vital-signs, medication-administration | e:m
patient-assessment | Patient Assessment | nursing assessment, physical assessment, health assessment, patient assessments | patient-care | vital-signs, care-planning | e:w
patient-triage | Patient Triage | triage nursing, emergency triage, telephone triage, triaging patients, triage of patients, clinical triage, Manchester Triage System, ESI triage | patient-care | patient-assessment | e:w
vital-signs | Vital Signs | vital signs monitoring, vitals, taking vital signs | patient-care | patient-assessment, ekg | e:d
medication-administration | Medication Administration | administering medications, administering medication, administration of medication, administration of medications, medicines administration, medication rounds, drug rounds, medicine rounds, medication pass, med pass, eMAR, controlled drugs administration | patient-care | medication-reconciliation, iv-therapy, injection-administration | e:w
medication-reconciliation | Medication Reconciliation | med rec | | medication-administration | e:d
injection-administration | Injection Administration | intramuscular injections, IM injections, subcutaneous injections, vaccine administration, immunization administration | medication-administration | phlebotomy | e:d
iv-therapy | IV Therapy | IV insertion, intravenous therapy, IV starts, peripheral IV insertion, IV administration, IV fluids, IV fluid administration, infusion therapy, IV infusions, infusion pumps | medication-administration | phlebotomy, iv-cannulation, iv-drug-administration | e:w
iv-cannulation | IV Cannulation | cannulation, IV cannulation, peripheral cannulation, peripheral venous cannulation, intravenous cannulation, cannula insertion, inserting cannulas, insertion of cannulas, insert cannulas, cannulate, cannulating | iv-therapy | phlebotomy | e:w
iv-drug-administration | IV Drug Administration | intravenous drug administration, IV medication administration, intravenous medication administration, IV medicines administration, administering IV medications, administration of IV medications, administration of intravenous drugs, IV drug therapy, IV antibiotics administration | iv-therapy, medication-administration | iv-cannulation | e:w
central-venous-lines | Central Venous Lines | central venous line, central venous catheters, central venous catheter, central lines, central line care, central line management, central venous access, central venous access devices, CVADs, PICC lines, PICC line, PICC line care, PICC insertion, midline catheters, Hickman lines | iv-therapy | iv-cannulation | e:w
blood-transfusion | Blood Transfusion | blood transfusions, transfusion administration, blood product administration, administering blood products | iv-therapy | central-venous-lines | e:d
enteral-feeding | Enteral Feeding | PEG feeding, PEG care, NG tube feeding, nasogastric tube feeding, nasogastric tubes, tube feeding, gastrostomy care | patient-care | medication-administration | e:d
tracheostomy-care | Tracheostomy Care | tracheostomy management, trach care, airway suctioning, tracheal suctioning | patient-care | ventilator-management | e:d
stoma-care | Stoma Care | ostomy care, colostomy care, ileostomy care | patient-care | wound-care | e:d
early-warning-scores | Early Warning Scores | NEWS2, National Early Warning Score, early warning score, MEWS, PEWS, deteriorating patient recognition, recognising the deteriorating patient | patient-assessment | vital-signs | e:d
pre-operative-assessment | Pre-operative Assessment | pre-assessment, preassessment, pre-op assessment, preoperative assessment, pre-operative assessments, pre-admission assessment, pre-assessment clinic, pre-procedure assessment | patient-assessment | perioperative-nursing | e:w
phlebotomy | Phlebotomy | venipuncture, venepuncture, venous blood sampling, blood sampling, blood draws, blood drawing, blood collection | | specimen-collection, iv-therapy | e:w
specimen-collection | Specimen Collection | specimen handling, specimen processing | | phlebotomy, laboratory-information-systems | e:d
point-of-care-testing | Point-of-Care Testing | POCT, point of care testing | | specimen-collection | e:d
ekg | EKG | ECG, electrocardiogram, electrocardiography, 12-lead EKG, 12-lead ECG, EKG interpretation | | cardiac-telemetry, vital-signs | e:w
cardiac-telemetry | Cardiac Telemetry | telemetry nursing, cardiac monitoring, telemetry monitoring of patients | | ekg | e:w
wound-care | Wound Care | wound management, wound dressing, wound dressings, dressing changes, wound assessment, tissue viability, pressure ulcer care, pressure ulcer prevention, pressure area care, negative pressure wound therapy, wound vac | patient-care | infection-control | e:w
infection-control | Infection Control | infection prevention, infection prevention and control | | wound-care, aseptic-technique | e:d
aseptic-technique | Aseptic Technique | sterile technique, aseptic techniques | | infection-control | e:d
urinary-catheterization | Urinary Catheterization | urinary catheterisation, male and female catheterisation, Foley catheter insertion, Foley catheter care, catheter insertion | patient-care | wound-care | e:d
perioperative-nursing | Perioperative Nursing | theatre nursing, theatres nursing, scrub nursing, scrub nurse duties, scrub practitioner, operating room nursing, OR nursing, circulating nurse, anaesthetic nursing, recovery nursing, PACU nursing, post-anaesthesia care | | pre-operative-assessment, aseptic-technique | e:m
critical-care-nursing | Critical Care Nursing | ICU nursing, intensive care nursing, ITU nursing, critical care experience, critical care nursing experience, intensive care experience, HDU nursing | | ventilator-management, cardiac-telemetry | e:m
emergency-nursing | Emergency Nursing | ER nursing, A&E nursing, emergency department nursing, ED nursing, emergency room nursing, urgent care nursing | | patient-triage | e:m
med-surg-nursing | Medical-Surgical Nursing | med-surg, med surg, Med/Surg, med-surg nursing, medical surgical nursing, medical/surgical nursing, acute medical nursing, surgical ward nursing | | patient-assessment | e:m
pediatric-nursing | Paediatric Nursing | pediatric nursing, paediatric nursing, PICU nursing, children's nursing | | pals | e:m
neonatal-nursing | Neonatal Nursing | NICU nursing, neonatal intensive care, special care baby unit, SCBU | | nrp | e:m
obstetric-nursing | Obstetric Nursing | labor and delivery nursing, labour and delivery, labor and delivery, L&D nursing, maternity nursing, postpartum care, antenatal care, postnatal care, midwifery care | | neonatal-nursing | e:m
mental-health-nursing | Mental Health Nursing | psychiatric nursing, psych nursing, behavioral health nursing, behavioural health nursing | | crisis-intervention | e:m
oncology-nursing | Oncology Nursing | cancer nursing, chemotherapy administration, chemo administration, SACT administration, systemic anti-cancer therapy | | iv-drug-administration | e:m
dialysis | Dialysis | hemodialysis, haemodialysis, peritoneal dialysis, renal dialysis, dialysis nursing, renal replacement therapy | | central-venous-lines | e:m
angiography | Angiography | angiography services, angiographic procedures, angiogram, angiograms, coronary angiography, angiography suite, CT angiography, digital subtraction angiography | medical-imaging | interventional-radiology, interventional-cardiology | e:m
interventional-radiology | Interventional Radiology | interventional radiology procedures, image-guided procedures, image guided interventions, vascular and interventional radiology, IR procedures, IR nursing | medical-imaging | angiography, embolization | e:m
interventional-cardiology | Interventional Cardiology | cardiac interventional procedures, interventional cardiac procedures, cardiac interventions, cardiac procedures, cardiac catheterisation, cardiac catheterization, cardiac cath lab, cath lab, cath lab nursing, catheterisation laboratory, catheterization laboratory, coronary angioplasty, angioplasty, pacemaker insertion, cardiac ablation | | angiography, ekg | e:m
embolization | Embolization | embolisation, embolization procedures, embolisation procedures, uterine artery embolization, uterine fibroid embolisation | interventional-radiology | angiography | e:w
ct-scanning | CT Scanning | CT scans, CT scan, computed tomography, CT imaging, CT scanning | medical-imaging | mri, radiography | e:m
mri | MRI | magnetic resonance imaging, MRI scanning, MRI scans, MR imaging | medical-imaging | ct-scanning | cs e:m
ultrasound | Ultrasound | sonography, diagnostic medical sonography, ultrasound scanning, ultrasound imaging, ultrasonography, echocardiography | medical-imaging | mri | e:m
mammography | Mammography | breast imaging, mammograms, breast screening | medical-imaging | radiography | e:m
fluoroscopy | Fluoroscopy | fluoroscopic procedures, fluoroscopy imaging | medical-imaging | angiography | e:w
ventilator-management | Ventilator Management | mechanical ventilation, ventilator care | patient-care | cardiac-telemetry | e:w
care-planning | Care Planning | nursing care plans, nursing care plan, care plan development, developing care plans, reviewing care plans, implementing care plans, individual care plans, individualised care plans, individualized care plans, patient care plans, resident care plans, person-centred care plans, person-centered care plans, person-centred care planning, person-centered care planning, support plans, support planning, writing care plans | patient-care | patient-assessment, care-coordination | e:d
care-coordination | Care Coordination | patient care coordination, case management nursing | | care-planning, discharge-planning | e:w
discharge-planning | Discharge Planning | | care-coordination | care-coordination | e:d
patient-education | Patient Education | patient teaching | patient-care | care-planning | e:d
clinical-documentation | Clinical Documentation | patient charting, medical documentation, nursing documentation, clinical charting | | ehr, medical-terminology | e:d
pain-management | Pain Management | | patient-care | medication-administration | e:w
dementia-care | Dementia Care | Alzheimer's care, memory care, dementia support, caring for people with dementia | patient-care | adl-assistance | e:w
adl-assistance | Personal Care | ADL assistance, activities of daily living, ADL support, personal care assistance, personal care tasks, assisting with personal care, bathing and dressing, toileting, continence care, ADLs | patient-care | patient-transfers | e:d
patient-transfers | Moving and Handling | patient transfers, moving and positioning, manual handling of people, hoist transfers, Hoyer lift, safe patient handling, patient lifting, patient positioning | patient-care | adl-assistance | e:d
telehealth | Telehealth | telemedicine, virtual care, telehealth, Telemedicine | | ehr | amb e:d
dental-radiography | Dental Radiography | dental x-rays, dental radiographs | radiography | dentrix | e:w
radiography | Radiography | X-ray imaging, diagnostic radiography | | pacs | e:m
instrument-sterilization | Instrument Sterilization | sterile processing, autoclave operation | | aseptic-technique, infection-control | e:d
pharmacology | Pharmacology | | | medication-administration | e:m
medication-dispensing | Medication Dispensing | pharmacy dispensing, prescription filling, prescription processing | | pyxis, omnicell, pharmacology | e:w
sterile-compounding | Sterile Compounding | USP 797, USP 800, IV compounding, aseptic compounding | medication-dispensing | aseptic-technique | e:w
dea-regulations | DEA Regulations | controlled substance regulations, controlled substances handling | | medication-dispensing | e:d

# --- Clinical research ---
clinical-research | Clinical Research | | | clinical-trial-management, good-clinical-practice | e:m
clinical-trial-management | Clinical Trial Management | clinical trials management, clinical trial operations, clinical operations | clinical-research | ctms, good-clinical-practice, edc | e:m
good-clinical-practice | Good Clinical Practice | ICH GCP, ICH-GCP, ICH E6, ICH E6(R2), Good Clinical Practices | gxp | clinical-research, irb-submissions | e:w
irb-submissions | IRB Submissions | IRB, IRB applications, IRB protocols, Institutional Review Board submissions | clinical-research | good-clinical-practice, informed-consent | e:d
informed-consent | Informed Consent Process | informed consent | clinical-research | irb-submissions | e:d
ctms | CTMS | clinical trial management system, clinical trial management systems | clinical-trial-management | veeva-vault, edc | e:d
edc | Electronic Data Capture | EDC, EDC systems | clinical-data-management | medidata-rave, oracle-inform | e:d
medidata-rave | Medidata Rave | Rave EDC, Medidata Rave EDC | edc | oracle-inform, veeva-vault | e:w
oracle-inform | Oracle InForm | InForm EDC | edc | medidata-rave | e:w
veeva-vault | Veeva Vault | Veeva Vault Clinical, Veeva Vault QMS, Veeva Vault RIM, Veeva CTMS | | ctms, medidata-rave | e:w
veeva-crm | Veeva CRM | | crm | veeva-vault, salesforce | e:w
clinical-data-management | Clinical Data Management | | clinical-research | edc, cdisc | e:m
cdisc | CDISC | CDISC standards | clinical-data-management | sdtm, adam, cdash | e:w
sdtm | SDTM | Study Data Tabulation Model | cdisc | adam, cdash | e:w
adam | ADaM | Analysis Data Model, CDISC ADaM | cdisc | sdtm | cs e:w
cdash | CDASH | Clinical Data Acquisition Standards Harmonization | cdisc | sdtm | e:d
meddra | MedDRA | Medical Dictionary for Regulatory Activities, MedDRA coding | pharmacovigilance | whodrug | e:d
whodrug | WHODrug | WHO Drug Dictionary, WHO-DD | pharmacovigilance | meddra | e:d
pharmacovigilance | Pharmacovigilance | drug safety | | adverse-event-reporting, meddra, argus-safety | e:m
adverse-event-reporting | Adverse Event Reporting | AE reporting, SAE reporting, adverse event reporting, individual case safety reporting, MedWatch | pharmacovigilance | meddra | e:d
argus-safety | Oracle Argus Safety | Argus Safety | pharmacovigilance | meddra | e:w
real-world-evidence | Real-World Evidence | RWE, real world evidence | | omop-cdm, clinical-research | e:m

# --- Regulation and quality in life sciences ---
regulatory-affairs | Regulatory Affairs | regulatory submissions | | fda-regulations, ectd, ind-submissions | e:m
fda-regulations | FDA Regulations | FDA regulatory requirements, FDA compliance, FDA guidelines, FDA guidance | regulatory-affairs | 21-cfr-part-11, gmp | e:w
ind-submissions | IND Submissions | IND submission, IND applications, Investigational New Drug application | regulatory-affairs | nda-bla-submissions, ectd | e:w
nda-bla-submissions | NDA/BLA Submissions | NDA submissions, BLA submissions, New Drug Application, Biologics License Application | regulatory-affairs | ind-submissions, ectd | e:w
ectd | eCTD | electronic Common Technical Document | regulatory-affairs | ind-submissions | e:w
510k-submissions | 510(k) Submissions | 510(k), 510k, premarket notification | regulatory-affairs | iso-13485, 21-cfr-part-820 | e:w
21-cfr-part-11 | 21 CFR Part 11 | Part 11, CFR Part 11, 21 CFR 11 | fda-regulations | computer-system-validation, gxp | e:d
21-cfr-part-820 | 21 CFR Part 820 | Quality System Regulation, FDA QSR, 21 CFR 820 | fda-regulations | iso-13485, capa | e:w
computer-system-validation | Computer System Validation | computer systems validation, CSV validation, GAMP 5, GAMP | gxp | 21-cfr-part-11 | e:w
iso-13485 | ISO 13485 | ISO13485 | quality-management-systems | 21-cfr-part-820, iso-14971 | e:w
iso-14971 | ISO 14971 | medical device risk management | iso-13485 | iso-13485 | e:w
eu-mdr | EU MDR | EU Medical Device Regulation, European Medical Device Regulation | regulatory-affairs | iso-13485 | e:w
gxp | GxP | | | gmp, glp, good-clinical-practice | e:w
gmp | GMP | Good Manufacturing Practice, Good Manufacturing Practices, cGMP, current Good Manufacturing Practice, current Good Manufacturing Practices | gxp | capa, good-documentation-practices | e:w
glp | GLP | Good Laboratory Practice, Good Laboratory Practices, GLP studies, GLP study, GLP laboratory, GLP environment, GLP compliance, GLP regulations, GLP guidelines, GLP standards, GLP requirements, GLP documentation | gxp | gmp | amb e:w
good-documentation-practices | Good Documentation Practices | GDocP, Good Documentation Practice, ALCOA, ALCOA+ | gxp | gmp | e:d
clia | CLIA | Clinical Laboratory Improvement Amendments, CLIA regulations | | laboratory-information-systems, glp | e:d
joint-commission | Joint Commission Standards | JCAHO, Joint Commission accreditation | | infection-control | e:d
`;
