export default `
# Sales and customer success: methods, CRM and sales tools, support platforms.
# HubSpot (and HubSpot CRM) is marketing's; negotiation is soft's.

# --- CRM ---
crm | CRM | customer relationship management, CRM software, CRM systems, CRM tools | | salesforce, hubspot, microsoft-dynamics-365, zoho-crm | e:w
salesforce | Salesforce | Salesforce CRM, Salesforce.com, SFDC | crm | salesforce-sales-cloud, salesforce-service-cloud, hubspot, salesforce-administrator | cs e:w
salesforce-sales-cloud | Salesforce Sales Cloud | Sales Cloud | salesforce | salesforce-service-cloud, salesforce-cpq | e:w
salesforce-service-cloud | Salesforce Service Cloud | Service Cloud | salesforce | salesforce-sales-cloud, zendesk | e:w
salesforce-cpq | Salesforce CPQ | Salesforce Revenue Cloud, Steelbrick CPQ | salesforce, cpq | salesforce-sales-cloud | e:w
salesforce-reports-and-dashboards | Salesforce Reports and Dashboards | Salesforce reports, Salesforce dashboards, Salesforce reporting | salesforce | salesforce-sales-cloud | e:d
cpq | CPQ | Configure Price Quote, configure-price-quote | | salesforce-cpq, sales-operations | e:w
microsoft-dynamics-365 | Microsoft Dynamics 365 | Dynamics 365, D365, Microsoft Dynamics CRM, Dynamics CRM, MS Dynamics, Microsoft Dynamics, Dynamics 365 Sales | crm | salesforce, dynamics-365-finance | e:w
zoho-crm | Zoho CRM | | crm | salesforce, pipedrive, hubspot | e:d
pipedrive | Pipedrive | | crm | zoho-crm, hubspot | e:d
oracle-siebel | Oracle Siebel | Siebel, Siebel CRM | crm | salesforce, microsoft-dynamics-365 | e:w
sugarcrm | SugarCRM | Sugar CRM | crm | salesforce | e:d
act-crm | Act! CRM | ACT! CRM | crm | salesforce | e:d
close-crm | Close CRM | Close.com, Close.io | crm | pipedrive | e:d
copper-crm | Copper CRM | ProsperWorks | crm | pipedrive | e:d
freshsales | Freshsales | Freshworks CRM | crm | freshdesk, pipedrive | e:d
keap | Keap | Infusionsoft | crm | hubspot | amb e:d
blackbaud-raisers-edge | Raiser's Edge | Blackbaud Raiser's Edge, Raiser's Edge NXT, Raisers Edge | crm | salesforce | e:w

# --- Sales engagement, intelligence and enablement tools ---
outreach-io | Outreach.io | Outreach sales engagement | sales-engagement | salesloft, gong | e:d
salesloft | Salesloft | SalesLoft | sales-engagement | outreach-io, gong | e:d
sales-engagement | Sales Engagement Platforms | sales engagement platform, sales engagement tools | | outreach-io, salesloft, apollo-io | e:d
gong | Gong | Gong.io | conversation-intelligence | chorus-ai, salesloft | amb e:d
chorus-ai | Chorus.ai | ZoomInfo Chorus | conversation-intelligence | gong | e:d
conversation-intelligence | Conversation Intelligence | | | gong, chorus-ai | e:d
zoominfo | ZoomInfo | Zoom Info, DiscoverOrg | sales-prospecting | apollo-io, linkedin-sales-navigator | e:d
apollo-io | Apollo.io | | sales-prospecting | zoominfo, outreach-io | e:d
linkedin-sales-navigator | LinkedIn Sales Navigator | Sales Navigator | sales-prospecting | zoominfo, social-selling | e:d
lusha | Lusha | | sales-prospecting | zoominfo, apollo-io | e:d
clari | Clari | | sales-forecasting | gong, salesforce | e:d
docusign | DocuSign | Docusign CLM | | pandadoc, contract-management | e:d
pandadoc | PandaDoc | | | docusign, cpq | e:d

# --- Sales methods and frameworks ---
b2b-sales | B2B Sales | business-to-business sales, B2B selling | | saas-sales, enterprise-sales, solution-selling | e:m
b2c-sales | B2C Sales | business-to-consumer sales | | inside-sales, customer-service | e:w
saas-sales | SaaS Sales | SaaS selling | b2b-sales | enterprise-sales, meddic | e:m
enterprise-sales | Enterprise Sales | enterprise selling | b2b-sales | key-account-management, meddpicc, solution-selling | e:m
inside-sales | Inside Sales | | | cold-calling, sales-prospecting, outreach-io | e:w
outside-sales | Outside Sales | field sales | | territory-management, b2b-sales | e:w
channel-sales | Channel Sales | partner sales, indirect sales, channel partner management | | partner-marketing, b2b-sales | e:w
sales-prospecting | Sales Prospecting | prospecting, outbound prospecting | | cold-calling, lead-generation, linkedin-sales-navigator | e:w
cold-calling | Cold Calling | cold calls, cold call | sales-prospecting | cold-emailing, inside-sales | e:d
cold-emailing | Cold Emailing | cold email, cold outreach | sales-prospecting | cold-calling, outreach-io | e:d
social-selling | Social Selling | | sales-prospecting | linkedin-sales-navigator | e:d
lead-qualification | Lead Qualification | sales qualification, qualifying leads | | bant, meddic, lead-scoring | e:d
bant | BANT | Budget Authority Need Timeline | lead-qualification | meddic, spin-selling | e:d
meddic | MEDDIC | | lead-qualification | meddpicc, bant, enterprise-sales | e:d
meddpicc | MEDDPICC | MEDDICC | meddic | meddic, enterprise-sales | e:d
spin-selling | SPIN Selling | SPIN selling technique | | solution-selling, consultative-selling | e:d
challenger-sale | Challenger Sale | Challenger Sales, Challenger Selling, Challenger methodology | | solution-selling, consultative-selling | e:d
solution-selling | Solution Selling | solutions selling, solution-based selling | | consultative-selling, value-selling | e:w
consultative-selling | Consultative Selling | consultative sales | | solution-selling, challenger-sale | e:w
value-selling | Value Selling | value-based selling | | solution-selling, command-of-the-message | e:d
command-of-the-message | Command of the Message | | value-selling | meddpicc | e:d
sandler-selling | Sandler Selling System | Sandler, Sandler Training | | spin-selling | amb e:d
miller-heiman | Miller Heiman | Strategic Selling, Miller Heiman Strategic Selling | | enterprise-sales, key-account-management | e:d
sales-presentations | Sales Presentations | sales demos, product demonstrations, sales pitches | | presentation-skills, consultative-selling | e:d
proposal-writing | Proposal Writing | RFP responses, RFP response, sales proposals | | rfp-management, copywriting | e:w
rfp-management | RFP Management | RFP process, RFx management | | proposal-writing, procurement | e:w
closing-deals | Deal Closing | closing deals, closing techniques | | negotiation, pipeline-management | e:w
objection-handling | Objection Handling | handling objections | | closing-deals, consultative-selling | e:d

# --- Sales management and operations ---
account-management | Account Management | client account management | | key-account-management, customer-success, upselling | e:w
key-account-management | Key Account Management | KAM, strategic account management, key accounts | account-management | enterprise-sales, account-planning | e:w
account-planning | Account Planning | strategic account planning | account-management | key-account-management | e:d
pipeline-management | Sales Pipeline Management | sales pipeline management, sales pipeline, sales pipelines, managing a sales pipeline, pipeline generation | | sales-forecasting, salesforce | e:w
sales-forecasting | Sales Forecasting | sales forecasts | | pipeline-management, clari, financial-forecasting | e:w
territory-management | Territory Management | territory planning, sales territory management | | outside-sales, sales-operations | e:w
sales-operations | Sales Operations | sales ops | | salesforce, sales-forecasting, sales-compensation, revenue-operations | e:m
revenue-operations | Revenue Operations | RevOps | | sales-operations, salesforce, hubspot | e:m
sales-compensation | Sales Compensation | sales commission planning, incentive compensation | sales-operations | compensation-and-benefits | e:w
quota-management | Quota Management | quota planning, quota setting | sales-operations | territory-management | e:d
sales-management | Sales Management | sales team management | | sales-forecasting, pipeline-management, sales-coaching | e:m
sales-coaching | Sales Coaching | | sales-management | coaching | e:w
upselling | Upselling | upsell, up-selling, upsells | account-management | cross-selling, customer-retention | e:d
cross-selling | Cross-Selling | cross-sell, cross selling | account-management | upselling, customer-retention | e:d
category-management | Category Management | | | trade-marketing, merchandising, retail-buying | e:w
merchandising | Merchandising | visual merchandising | | category-management, retail-buying | e:w
retail-buying | Retail Buying | merchandise buying | | category-management, merchandising | e:w
point-of-sale | Point of Sale Systems | POS systems, POS system, point-of-sale systems, point of sale systems, POS software | | cash-handling, square-pos | e:d
square-pos | Square POS | Square Point of Sale | point-of-sale | point-of-sale | e:d
toast-pos | Toast POS | | point-of-sale | square-pos | e:d
cash-handling | Cash Handling | cash handling procedures | | point-of-sale, customer-service | e:d

# --- Customer success and support ---
customer-success | Customer Success | customer success management | | account-management, customer-retention, gainsight | e:w
customer-onboarding | Customer Onboarding | client onboarding | customer-success | customer-success | e:d
customer-retention | Customer Retention | retention strategies, churn reduction, churn prevention | | customer-success, customer-lifetime-value | e:w
net-promoter-score | Net Promoter Score | NPS, Net Promoter | | customer-satisfaction-score, customer-success | e:d
customer-satisfaction-score | Customer Satisfaction Score | CSAT | | net-promoter-score | e:d
voice-of-the-customer | Voice of the Customer | VoC, voice of customer | | net-promoter-score, market-research | e:d
gainsight | Gainsight | | customer-success | totango, churnzero | e:d
totango | Totango | | customer-success | gainsight | e:d
churnzero | ChurnZero | | customer-success | gainsight | e:d
technical-support | Technical Support | tech support, technical troubleshooting | | help-desk-support, zendesk | e:w
help-desk-support | Help Desk Support | help desk, helpdesk, service desk | technical-support | zendesk, freshdesk, ticketing-systems | e:w
desktop-support | Desktop Support | end-user support, end user support, IT support, deskside support | technical-support | help-desk-support, ticketing-systems | e:w
ticketing-systems | Ticketing Systems | ticketing system, support ticketing, ticket management | | zendesk, freshdesk, jira | e:d
zendesk | Zendesk | Zendesk Support | ticketing-systems | freshdesk, intercom, salesforce-service-cloud | e:d
freshdesk | Freshdesk | | ticketing-systems | zendesk | e:d
intercom | Intercom | | ticketing-systems | zendesk, conversational-marketing | amb e:d
conversational-marketing | Conversational Marketing | live chat marketing | | intercom | e:d
helpscout | Help Scout | HelpScout | ticketing-systems | zendesk | e:d
kustomer | Kustomer | | ticketing-systems | zendesk | e:d
call-center-operations | Contact Center Operations | call center operations, contact center management, call centre operations | | five9, genesys | e:w
five9 | Five9 | | call-center-operations | genesys, talkdesk | e:d
genesys | Genesys | Genesys Cloud, Genesys PureCloud | call-center-operations | five9, nice-incontact | e:d
nice-incontact | NICE CXone | NICE inContact, inContact, CXone | call-center-operations | five9, genesys | e:d
talkdesk | Talkdesk | | call-center-operations | five9 | e:d
`;
