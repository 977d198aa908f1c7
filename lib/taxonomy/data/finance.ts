export default `
# Finance and accounting: accounting practice, standards, FP&A, corporate finance, markets, risk, ERP and finance software.
# Excel is office's; forecasting (statistical) is data's; SOX and AML live here, not in legal.

# --- Accounting ---
accounting | Accounting | accountancy, accounting principles | | gaap, bookkeeping, financial-reporting, general-ledger | e:m
financial-accounting | Financial Accounting | | accounting | gaap, financial-reporting, managerial-accounting | e:m
managerial-accounting | Managerial Accounting | management accounting | accounting | cost-accounting, budgeting, variance-analysis | e:m
cost-accounting | Cost Accounting | job costing, product costing | managerial-accounting | standard-costing, activity-based-costing, inventory-costing | e:w
standard-costing | Standard Costing | standard cost accounting | cost-accounting | variance-analysis | e:w
activity-based-costing | Activity-Based Costing | activity based costing, ABC costing | cost-accounting | standard-costing | e:w
inventory-costing | Inventory Accounting | inventory costing, inventory valuation | cost-accounting | inventory-management | e:w
fund-accounting | Fund Accounting | nonprofit accounting, non-profit accounting | accounting | governmental-accounting, gasb | e:w
governmental-accounting | Governmental Accounting | government accounting, public sector accounting | accounting | gasb, fund-accounting | e:w
project-accounting | Project Accounting | | accounting | cost-accounting | e:w
bookkeeping | Bookkeeping | book keeping, book-keeping | accounting | quickbooks, xero, general-ledger | e:w
general-ledger | General Ledger | general ledger accounting, GL accounting, G/L | accounting | journal-entries, account-reconciliation, month-end-close | e:w
journal-entries | Journal Entries | journal entry, adjusting journal entries, adjusting entries | general-ledger | general-ledger, accrual-accounting | e:d
accrual-accounting | Accrual Accounting | accruals, accrual entries, accruals and deferrals, prepaid and accrual schedules | accounting | journal-entries, month-end-close | e:d
account-reconciliation | Account Reconciliation | account reconciliations, bank reconciliation, bank reconciliations, balance sheet reconciliation, balance sheet reconciliations, GL reconciliation, GL reconciliations | general-ledger | month-end-close, blackline | e:d
month-end-close | Month-End Close | month end close, month-end closing, month-end and year-end close, financial close, period-end close, financial close process | accounting | account-reconciliation, journal-entries, floqast | e:w
year-end-close | Year-End Close | year-end closing, year end close, year end closing, year-end closing activities, fiscal year-end close, annual close | accounting | month-end-close, journal-entries | e:w
intercompany-accounting | Intercompany Accounting | intercompany reconciliation, intercompany transactions, intercompany reconciliations | accounting | financial-consolidation | e:w
fixed-asset-accounting | Fixed Asset Accounting | fixed asset management, fixed assets accounting, depreciation schedules | accounting | general-ledger | e:w
accounts-payable | Accounts Payable | A/P, accounts payable processing, AP processing | accounting | accounts-receivable, invoice-processing, bill-com | e:w
invoice-processing | Invoice Processing | vendor invoice processing, processing of invoices, processing invoices, invoice entry, three-way match, 3-way match | accounts-payable | accounts-payable, procure-to-pay | e:d
accounts-receivable | Accounts Receivable | A/R, accounts receivable management | accounting | accounts-payable, billing-and-invoicing, debt-collection | e:w
billing-and-invoicing | Billing and Invoicing | invoicing, customer billing | accounts-receivable | accounts-receivable | e:d
debt-collection | Debt Collection | collections management, credit and collections, debt recovery | accounts-receivable | accounts-receivable, credit-analysis | e:w
skip-tracing | Skip Tracing | skip trace, skiptracing, skip-tracing | debt-collection | debt-collection | e:d
payroll | Payroll | payroll processing, payroll administration, payroll management, payroll accounting | accounting | adp, paychex, payroll-tax | e:w
payroll-tax | Payroll Tax | payroll taxes, payroll tax compliance, payroll tax filings, quarterly tax filings, payroll and tax compliance | payroll, tax-accounting | payroll | e:w
international-payroll | International Payroll | global payroll, multi-country payroll, international payroll processing | payroll | payroll, payroll-tax | e:w
401k-administration | 401(k) Administration | 401k administration, 401(k) plan administration, 401k plan administration, 401k administrative, 401(k) administrative, 401k audit, 401(k) audit, 401(k) audits, retirement plan administration | payroll | payroll | e:w
revenue-recognition | Revenue Recognition | rev rec | accounting | asc-606, gaap | e:w
asc-606 | ASC 606 | ASC606, IFRS 15 | revenue-recognition, gaap | revenue-recognition | e:w
asc-842 | ASC 842 | ASC842, IFRS 16, lease accounting | gaap | fixed-asset-accounting | e:w
gaap | GAAP | US GAAP, U.S. GAAP, USGAAP, Generally Accepted Accounting Principles | accounting | ifrs, financial-reporting, asc-606 | e:m
ifrs | IFRS | International Financial Reporting Standards | accounting | gaap, ifrs-9 | e:m
gasb | GASB | GASB standards, Governmental Accounting Standards Board | governmental-accounting | gaap | e:w
financial-reporting | Financial Reporting | financial statements, financial statement preparation, financial reports | accounting | gaap, ifrs, sec-reporting, financial-consolidation | e:w
financial-consolidation | Financial Consolidation | consolidations, consolidated financial statements | financial-reporting | intercompany-accounting, onestream | e:w
sec-reporting | SEC Reporting | SEC filings, SEC financial reporting, 10-K and 10-Q reporting | financial-reporting | xbrl, gaap | e:w
xbrl | XBRL | eXtensible Business Reporting Language, iXBRL | sec-reporting | sec-reporting | e:d
statutory-reporting | Statutory Reporting | statutory accounts, statutory financial statements | financial-reporting | ifrs, gaap | e:w
esg-reporting | ESG Reporting | ESG, sustainability reporting, ESG disclosure | | financial-reporting | e:w
forensic-accounting | Forensic Accounting | fraud examination | accounting | fraud-detection, financial-auditing | e:m

# --- Tax ---
tax-accounting | Tax Accounting | taxation, tax compliance | accounting | tax-preparation, corporate-tax, asc-740 | e:m
tax-preparation | Tax Preparation | tax return preparation, tax returns, income tax preparation | tax-accounting | ultratax, lacerte, cch-axcess | e:w
corporate-tax | Corporate Tax | corporate taxation, corporate income tax | tax-accounting | transfer-pricing, asc-740 | e:m
asc-740 | ASC 740 | income tax provision, tax provision, ASC740 | tax-accounting, gaap | corporate-tax | e:w
sales-and-use-tax | Sales and Use Tax | sales tax, sales & use tax, use tax | tax-accounting | avalara, vat | e:w
vat | VAT | Value Added Tax, VAT compliance, VAT returns | tax-accounting | sales-and-use-tax | cs e:w
transfer-pricing | Transfer Pricing | | corporate-tax | corporate-tax | e:m
avalara | Avalara | Avalara AvaTax, AvaTax | sales-and-use-tax | sales-and-use-tax | e:d
ultratax | UltraTax CS | UltraTax, Thomson Reuters UltraTax | tax-preparation | lacerte, cch-axcess | e:d
lacerte | Lacerte | Intuit Lacerte | tax-preparation | ultratax, cch-axcess | e:d
cch-axcess | CCH Axcess | CCH ProSystem fx, CCH ProSystem | tax-preparation | ultratax, lacerte | e:d

# --- Audit and controls ---
financial-auditing | Financial Auditing | financial audit, financial audits, external audit, external audits, audit and assurance, auditing standards | accounting | internal-audit, gaas, sox-compliance | e:m
internal-audit | Internal Audit | internal auditing, internal audits | financial-auditing | internal-controls, sox-compliance, teammate | e:m
internal-controls | Internal Controls | internal control, ICFR, internal control over financial reporting | | sox-compliance, coso-framework, internal-audit | e:w
sox-compliance | SOX Compliance | SOX, Sarbanes-Oxley, Sarbanes Oxley, Sarbanes-Oxley Act, SOX 404, SOX testing | internal-controls | internal-audit, coso-framework | e:w
coso-framework | COSO Framework | COSO | internal-controls | sox-compliance | e:d
gaas | GAAS | Generally Accepted Auditing Standards | financial-auditing | pcaob-standards | e:w
pcaob-standards | PCAOB Standards | PCAOB | financial-auditing | gaas, sox-compliance | e:w
caseware | CaseWare | CaseWare Working Papers, CaseWare IDEA | financial-auditing | teammate | e:d
teammate | TeamMate | TeamMate+, TeamMate Audit Management | internal-audit | caseware | cs e:d

# --- FP&A ---
fp-and-a | FP&A | financial planning and analysis, financial planning & analysis, FP and A | | budgeting, financial-forecasting, variance-analysis, financial-modeling | e:m
budgeting | Budgeting | budget planning, budget preparation, budget management, budget development, annual budgeting | fp-and-a | financial-forecasting, variance-analysis | e:w
financial-forecasting | Financial Forecasting | financial forecasts, financial projections | fp-and-a | budgeting, sales-forecasting, cash-flow-forecasting | e:w
variance-analysis | Variance Analysis | budget variance analysis, budget vs actual analysis, budget-to-actual analysis | fp-and-a | budgeting, standard-costing | e:d
financial-analysis | Financial Analysis | financial analyses | | financial-modeling, financial-statement-analysis, fp-and-a | e:m
financial-statement-analysis | Financial Statement Analysis | financial statements analysis, ratio analysis | financial-analysis | financial-reporting, credit-analysis | e:w
financial-modeling | Financial Modeling | financial modelling, financial models, financial model | financial-analysis | dcf-valuation, three-statement-modeling, microsoft-excel | e:m
three-statement-modeling | Three-Statement Modeling | three-statement model, 3-statement model, three statement modeling, 3-statement modeling, three-statement modelling | financial-modeling | dcf-valuation, lbo-modeling | e:w
lbo-modeling | LBO Modeling | LBO model, LBO models, leveraged buyout modeling, LBO analysis, LBO modelling | financial-modeling | dcf-valuation, private-equity-analysis | e:w
scenario-analysis | Scenario Analysis | scenario planning, scenario modeling | financial-modeling | sensitivity-analysis | e:d
sensitivity-analysis | Sensitivity Analysis | sensitivity analyses | financial-modeling | scenario-analysis | e:d
cost-benefit-analysis | Cost-Benefit Analysis | cost benefit analysis, benefit-cost analysis | financial-analysis | roi-analysis | e:d
roi-analysis | ROI Analysis | return on investment analysis, ROI modeling | financial-analysis | cost-benefit-analysis, capital-budgeting | e:d
capital-budgeting | Capital Budgeting | capex planning, capital expenditure planning, capital planning | corporate-finance | net-present-value, roi-analysis | e:w
net-present-value | Net Present Value | NPV analysis, net present value analysis | capital-budgeting | dcf-valuation | e:d
profitability-analysis | Profitability Analysis | margin analysis, profitability modeling | financial-analysis | unit-economics, p-and-l-management | e:d
unit-economics | Unit Economics | | financial-analysis | customer-lifetime-value, profitability-analysis | e:d
p-and-l-management | P&L Management | P&L responsibility, P&L ownership, profit and loss management, P&L accountability | | budgeting, profitability-analysis | e:m
cost-reduction | Cost Reduction | cost savings analysis, cost-reduction initiatives | | profitability-analysis, procurement | e:w
working-capital-management | Working Capital Management | working capital optimization | treasury-management | cash-management, accounts-receivable | e:w

# --- Corporate finance, valuation, markets ---
corporate-finance | Corporate Finance | | | valuation, mergers-and-acquisitions, capital-budgeting | e:m
valuation | Valuation | business valuation, company valuation, valuations, valuation analysis | corporate-finance | dcf-valuation, comparable-company-analysis | e:m
dcf-valuation | DCF Valuation | DCF, discounted cash flow, discounted cash flow analysis, DCF analysis, DCF modeling, DCF modelling, DCF model | valuation, financial-modeling | comparable-company-analysis, net-present-value | e:w
comparable-company-analysis | Comparable Company Analysis | comparable companies analysis, trading comps, comparable company analyses | valuation | precedent-transaction-analysis, dcf-valuation | e:d
precedent-transaction-analysis | Precedent Transaction Analysis | precedent transactions, transaction comps | valuation | comparable-company-analysis | e:d
mergers-and-acquisitions | Mergers and Acquisitions | M&A, mergers & acquisitions, M&A transactions | corporate-finance | due-diligence, valuation | e:m
due-diligence | Due Diligence | financial due diligence, commercial due diligence | mergers-and-acquisitions | valuation, quality-of-earnings | e:w
quality-of-earnings | Quality of Earnings | quality of earnings analysis, QofE | due-diligence | due-diligence | e:w
private-equity-analysis | Private Equity Analysis | PE deal analysis, buyout analysis | corporate-finance | lbo-modeling, due-diligence | e:m
investor-relations | Investor Relations | | corporate-finance | sec-reporting | e:w
capital-markets | Capital Markets | | | equity-research, fixed-income, financial-derivatives | e:m
investment-analysis | Investment Analysis | investment research | | equity-research, portfolio-management, valuation | e:m
equity-research | Equity Research | equity analysis, stock analysis | investment-analysis | financial-modeling, valuation | e:m
portfolio-management | Portfolio Management | investment portfolio management, portfolio construction | investment-analysis | asset-allocation, financial-risk-management | e:m
asset-allocation | Asset Allocation | strategic asset allocation | portfolio-management | portfolio-management | e:w
wealth-management | Wealth Management | | financial-planning | portfolio-management | e:m
financial-planning | Financial Planning | personal financial planning, retirement income planning | | wealth-management, cfp | e:m
fixed-income | Fixed Income | fixed income securities, fixed income analysis, bond analysis | capital-markets | financial-derivatives, market-risk | e:m
equities | Equities | equity trading, equity markets | capital-markets | equity-research | e:m
financial-derivatives | Financial Derivatives | derivatives trading, derivatives pricing, derivative instruments, derivatives valuation | capital-markets | options-pricing, fixed-income | e:m
options-pricing | Options Pricing | option pricing, Black-Scholes, Black-Scholes model | financial-derivatives | quantitative-finance | e:w
foreign-exchange | Foreign Exchange | forex, FX trading, foreign exchange trading | capital-markets | hedging, treasury-management | e:w
commodities-trading | Commodities Trading | commodity trading | capital-markets | financial-derivatives | e:m
algorithmic-trading | Algorithmic Trading | algo trading, quantitative trading, systematic trading | quantitative-finance | quantitative-finance | e:m
quantitative-finance | Quantitative Finance | quant finance, financial engineering, mathematical finance | | algorithmic-trading, options-pricing, financial-risk-management | e:m
actuarial-science | Actuarial Science | actuarial analysis, actuarial modeling, actuarial modelling | statistics | fellow-society-of-actuaries, solvency-ii | e:m
underwriting | Underwriting | loan underwriting, credit underwriting, insurance underwriting | | credit-analysis, credit-risk | e:w

# --- Risk and financial compliance ---
financial-risk-management | Financial Risk Management | | risk-management | credit-risk, market-risk, liquidity-risk, frm | e:m
credit-risk | Credit Risk | credit risk management, credit risk modeling, credit risk modelling, credit risk analysis | financial-risk-management | credit-analysis, cecl, basel-iii | e:m
credit-analysis | Credit Analysis | credit assessment | | credit-risk, underwriting, financial-statement-analysis | e:w
market-risk | Market Risk | market risk management, market risk analysis | financial-risk-management | value-at-risk, fixed-income | e:m
value-at-risk | Value at Risk | VaR, Value-at-Risk, value at risk, value-at-risk | market-risk | market-risk | cs e:w
liquidity-risk | Liquidity Risk | liquidity risk management | financial-risk-management | treasury-management, basel-iii | e:w
operational-risk | Operational Risk | operational risk management | financial-risk-management | enterprise-risk-management | e:w
enterprise-risk-management | Enterprise Risk Management | ERM | risk-management | operational-risk, internal-controls | e:m
model-risk-management | Model Risk Management | MRM, SR 11-7, model validation in banking | financial-risk-management | credit-risk | e:w
ccar | CCAR | Comprehensive Capital Analysis and Review, DFAST | financial-risk-management | basel-iii | e:w
basel-iii | Basel III | Basel 3, Basel II, Basel IV, Basel Accords | financial-risk-management | ccar, liquidity-risk | e:w
cecl | CECL | Current Expected Credit Loss, Current Expected Credit Losses | credit-risk | ifrs-9 | e:w
ifrs-9 | IFRS 9 | | ifrs, credit-risk | cecl | e:w
solvency-ii | Solvency II | Solvency 2 | financial-risk-management | actuarial-science | e:w
dodd-frank | Dodd-Frank Act | Dodd-Frank, Dodd Frank | | ccar, regulatory-compliance | e:w
mifid-ii | MiFID II | MiFID, MiFID 2 | | regulatory-compliance | e:w
aml | AML | Anti-Money Laundering, anti money laundering, AML compliance, BSA/AML | | kyc, bank-secrecy-act, ofac-sanctions, cams | amb e:w
kyc | KYC | Know Your Customer, KYC compliance, customer due diligence | | aml, ofac-sanctions | e:w
bank-secrecy-act | Bank Secrecy Act | | aml | aml, kyc | e:w
ofac-sanctions | OFAC Sanctions Screening | OFAC, sanctions screening, sanctions compliance | aml | kyc | e:d
fraud-detection | Fraud Detection | fraud prevention, fraud analytics, fraud investigation | | aml, forensic-accounting | e:w

# --- Treasury, payments, spend ---
treasury-management | Treasury Management | treasury operations, corporate treasury | | cash-management, cash-flow-forecasting, hedging | e:m
cash-management | Cash Management | cash positioning | treasury-management | cash-flow-forecasting, working-capital-management | e:w
cash-flow-forecasting | Cash Flow Forecasting | cash forecasting, cash flow projections, cash flow forecast | treasury-management, financial-forecasting | cash-management, cash-flow-analysis | e:w
cash-flow-analysis | Cash Flow Analysis | cash flow modeling, cash flow modelling | financial-analysis | cash-flow-forecasting | e:d
hedging | Hedging | hedging strategies, hedge accounting | treasury-management | foreign-exchange, financial-derivatives | e:w
ach-payments | ACH Payments | ACH, ACH transfers, ACH processing | treasury-management | accounts-payable | cs e:d
expense-management | Expense Management | expense reporting, expense reports, T&E expense management | accounts-payable | sap-concur, expensify | e:d
sap-concur | SAP Concur | Concur, Concur Expense | expense-management, sap | expensify | e:d
expensify | Expensify | | expense-management | sap-concur | e:d
bill-com | Bill.com | | accounts-payable | quickbooks, expensify | e:d

# --- Accounting software ---
quickbooks | QuickBooks | Intuit QuickBooks, QuickBooks Online, QBO, QuickBooks Desktop, QuickBooks Pro, QuickBooks Enterprise | bookkeeping | xero, sage-accounting, freshbooks | e:w
xero | Xero | | bookkeeping | quickbooks, sage-accounting | e:d
freshbooks | FreshBooks | | bookkeeping | quickbooks | e:d
sage-accounting | Sage | Sage 50, Sage 100, Sage 300, Sage 50 Accounting, Sage Accounting, Peachtree | bookkeeping | quickbooks, sage-intacct | amb e:w
sage-intacct | Sage Intacct | Intacct | accounting | netsuite, sage-accounting | e:w
blackline | BlackLine | | account-reconciliation | floqast, month-end-close | e:d
floqast | FloQast | | month-end-close | blackline | e:d
yardi | Yardi | Yardi Voyager, Yardi Breeze | accounting | mri-software | e:w
mri-software | MRI Software | | accounting | yardi | e:w

# --- ERP ---
erp | ERP | enterprise resource planning, ERP systems, ERP system, ERP software, ERP implementation | | sap, netsuite, oracle-erp-cloud, microsoft-dynamics-365 | e:m
sap | SAP | SAP software, SAP systems | erp | sap-erp, sap-fico, sap-s4hana, oracle-ebs | cs e:m
sap-erp | SAP ERP | SAP ECC, SAP R/3, SAP ERP Central Component, SAP R3 | sap | sap-s4hana, sap-fico | e:m
core-banking-systems | Core Banking Systems | core banking, core banking software, core banking platforms, core banking platform, core banking system | | | e:w
crowdfunding | Crowdfunding | crowdfunding campaigns, equity crowdfunding, crowdfunding | | | amb e:w
sap-s4hana | SAP S/4HANA | S/4HANA, S4HANA, S/4 HANA, SAP S4 HANA, SAP S4HANA, S4 HANA | sap | sap-erp, sap-fico | e:m
sap-fico | SAP FICO | SAP FI/CO, SAP FI, SAP CO, SAP FI-CO, SAP Finance and Controlling | sap | sap-s4hana, general-ledger | e:m
sap-bpc | SAP BPC | SAP Business Planning and Consolidation | sap, fp-and-a | anaplan, oracle-hyperion | e:w
netsuite | NetSuite | Oracle NetSuite, NetSuite ERP | erp | sage-intacct, quickbooks, sap | e:w
oracle-ebs | Oracle E-Business Suite | Oracle EBS, Oracle Applications, Oracle Apps | erp | oracle-financials, oracle-erp-cloud | e:m
oracle-financials | Oracle Financials | Oracle E-Business Suite Financials, Oracle EBS Financials, Oracle Financials Cloud | oracle-ebs | oracle-erp-cloud, general-ledger | e:w
oracle-erp-cloud | Oracle Fusion Cloud ERP | Oracle ERP Cloud, Oracle Fusion, Oracle Fusion Applications, Oracle Cloud ERP, Oracle Fusion ERP | erp | oracle-ebs, oracle-financials | e:m
peoplesoft | PeopleSoft | Oracle PeopleSoft, PeopleSoft Financials | erp | oracle-ebs, workday-financials | e:m
jd-edwards | JD Edwards | JDE, JD Edwards EnterpriseOne, Oracle JD Edwards, JDE E1 | erp | oracle-ebs, sap | e:m
dynamics-365-finance | Dynamics 365 Finance | Dynamics 365 Finance and Operations, D365 F&O, D365 Finance, Dynamics AX, Microsoft Dynamics AX | erp | microsoft-dynamics-365, dynamics-business-central | e:m
dynamics-business-central | Dynamics 365 Business Central | Business Central, Dynamics NAV, Microsoft Dynamics NAV, Navision | erp | dynamics-gp, dynamics-365-finance | e:w
dynamics-gp | Microsoft Dynamics GP | Dynamics GP, Microsoft Great Plains | erp | dynamics-business-central | e:w
infor-erp | Infor ERP | Infor CloudSuite, Infor M3, Infor LN, Infor SyteLine, Infor Lawson | erp | epicor, sap | e:m
epicor | Epicor | Epicor ERP, Epicor Kinetic | erp | infor-erp, syspro | e:w
syspro | SYSPRO | | erp | epicor | e:w
acumatica | Acumatica | | erp | netsuite, sage-intacct | e:w
deltek-costpoint | Deltek Costpoint | Costpoint | erp | deltek-vantagepoint, project-accounting | e:w
deltek-vantagepoint | Deltek Vantagepoint | Vantagepoint, Deltek Vision | erp | deltek-costpoint, project-accounting | e:w
workday-financials | Workday Financials | Workday Financial Management | erp | workday-hcm, workday-adaptive-planning | e:w

# --- Planning, consolidation and market data tools ---
anaplan | Anaplan | | fp-and-a | workday-adaptive-planning, oracle-hyperion | e:w
workday-adaptive-planning | Adaptive Insights | Workday Adaptive Planning, Adaptive Planning | fp-and-a | anaplan, planful | e:w
oracle-hyperion | Oracle Hyperion | Hyperion, Hyperion Planning, Oracle Hyperion Planning, Hyperion Financial Management, HFM | fp-and-a | oracle-epm-cloud, onestream | e:w
oracle-epm-cloud | Oracle EPM Cloud | Oracle EPM, Oracle PBCS, PBCS, EPBCS, Oracle Planning and Budgeting Cloud | fp-and-a | oracle-hyperion | e:w
onestream | OneStream | OneStream XF | financial-consolidation | oracle-hyperion, anaplan | e:w
planful | Planful | Host Analytics | fp-and-a | workday-adaptive-planning | e:d
vena | Vena Solutions | Vena | fp-and-a | planful | e:d
bloomberg-terminal | Bloomberg Terminal | Bloomberg Professional, Bloomberg Terminal software | | factset, capital-iq, refinitiv-eikon | e:w
factset | FactSet | | | bloomberg-terminal, capital-iq | e:d
capital-iq | S&P Capital IQ | Capital IQ, CapIQ | | factset, pitchbook | e:d
pitchbook | PitchBook | | | capital-iq | e:d
refinitiv-eikon | Refinitiv Eikon | Eikon, Thomson Reuters Eikon, LSEG Workspace, Refinitiv Workspace | | bloomberg-terminal, factset | e:d
morningstar-direct | Morningstar Direct | | portfolio-management | factset | e:d
murex | Murex | | capital-markets | financial-derivatives | e:w
`;
