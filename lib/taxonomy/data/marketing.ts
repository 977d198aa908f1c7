export default `
# Marketing: channels, methods, ad platforms, analytics and marketing technology.
# A/B testing belongs to data; go-to-market strategy to pm; HubSpot lives here (its CRM too).

# --- Fields and channels ---
digital-marketing | Digital Marketing | online marketing, internet marketing, digital marketing strategy | | seo, sem, social-media-marketing, content-marketing, email-marketing | e:m
marketing-strategy | Marketing Strategy | marketing strategies, marketing planning | | digital-marketing, brand-strategy, market-research | e:m
integrated-marketing | Integrated Marketing | integrated marketing communications, IMC | | marketing-strategy, brand-marketing | e:w
b2b-marketing | B2B Marketing | business-to-business marketing | | account-based-marketing, demand-generation, b2b-sales | e:w
inbound-marketing | Inbound Marketing | | digital-marketing | content-marketing, hubspot, seo | e:w
outbound-marketing | Outbound Marketing | | | lead-generation, email-marketing | e:w
content-marketing | Content Marketing | | digital-marketing | content-strategy, seo, copywriting, blogging | e:w
content-strategy | Content Strategy | content strategies | content-marketing | content-marketing, seo, editorial-calendar | e:w
content-creation | Content Creation | content production | | copywriting, social-media-marketing, video-marketing | e:w
editorial-calendar | Editorial Calendar | editorial calendars, content calendar, content calendars | content-strategy | content-marketing | e:d
blogging | Blogging | blog writing, blog post writing, blogging | content-marketing | copywriting, seo, wordpress | amb e:d
copywriting | Copywriting | copy writing, ad copywriting | | content-marketing, seo-copywriting, press-releases, copy-editing | e:w
digital-journalism | Digital Journalism | online journalism, multimedia journalism | | copywriting, content-marketing | e:m
copy-editing | Copy Editing | copyediting, copy-editing, proofreading and editing | | copywriting, ap-style | e:w
ap-style | AP Style | Associated Press Stylebook, AP Stylebook | copy-editing | copy-editing, press-releases | e:d
seo-copywriting | SEO Copywriting | SEO writing, SEO content writing | copywriting, seo | keyword-research, content-marketing | e:d
email-marketing | Email Marketing | e-mail marketing, email campaigns, email marketing campaigns | digital-marketing | mailchimp, marketing-automation, lifecycle-marketing | e:w
lifecycle-marketing | Lifecycle Marketing | customer lifecycle marketing, retention marketing | | email-marketing, marketing-automation, braze | e:w
sms-marketing | SMS Marketing | text message marketing, text marketing | mobile-marketing | email-marketing, klaviyo | e:d
mobile-marketing | Mobile Marketing | | digital-marketing | app-store-optimization, sms-marketing | e:w
social-media-marketing | Social Media Marketing | social marketing, social media strategy, social media campaigns | digital-marketing | hootsuite, sprout-social, paid-social, influencer-marketing | e:w
social-media-management | Social Media Management | social media administration | social-media-marketing | hootsuite, sprout-social, community-management | e:w
community-management | Community Management | online community management, community building | | social-media-management, social-listening | e:w
social-listening | Social Listening | social media listening, social media monitoring | social-media-marketing | brandwatch, sprinklr, talkwalker | e:d
influencer-marketing | Influencer Marketing | creator marketing, influencer partnerships | social-media-marketing | affiliate-marketing, paid-social | e:w
affiliate-marketing | Affiliate Marketing | affiliate programs, affiliate program management | digital-marketing | influencer-marketing, performance-marketing | e:w
growth-marketing | Growth Marketing | growth hacking | digital-marketing | performance-marketing, product-led-growth, conversion-rate-optimization | e:w
performance-marketing | Performance Marketing | | digital-marketing | ppc, paid-social, growth-marketing | e:w
video-marketing | Video Marketing | YouTube marketing | digital-marketing | content-creation, youtube | e:w
podcast-marketing | Podcast Marketing | podcast advertising | | video-marketing, content-marketing | e:d
field-marketing | Field Marketing | | | event-marketing, account-based-marketing | e:w
event-marketing | Event Marketing | events marketing, experiential marketing | | event-planning, field-marketing, trade-show-marketing | e:w
event-planning | Event Planning | event coordination | | event-marketing | e:w
trade-show-marketing | Trade Show Marketing | trade shows, trade show management | event-marketing | event-planning | e:d
partner-marketing | Partner Marketing | channel marketing, co-marketing | | field-marketing, channel-sales | e:w
ecommerce-marketing | E-commerce Marketing | ecommerce marketing, eCommerce marketing | digital-marketing | amazon-advertising, shopify-marketing, google-merchant-center | e:w
shopify-marketing | Shopify Marketing | | ecommerce-marketing | klaviyo, ecommerce-marketing | e:d
amazon-seller-central | Amazon Seller Central | Seller Central, Amazon Vendor Central, Vendor Central | ecommerce-marketing | amazon-advertising | e:d
direct-marketing | Direct Marketing | direct mail, direct mail marketing, direct response marketing | | email-marketing, outbound-marketing | e:w
guerrilla-marketing | Guerrilla Marketing | | | event-marketing, brand-marketing | e:d
referral-marketing | Referral Marketing | word-of-mouth marketing, referral programs | | affiliate-marketing, influencer-marketing | e:d
loyalty-marketing | Loyalty Marketing | loyalty programs, customer loyalty programs | lifecycle-marketing | customer-retention | e:w
trade-marketing | Trade Marketing | shopper marketing | | brand-marketing, category-management | e:w

# --- Search and paid media ---
seo | SEO | search engine optimization, search engine optimisation | digital-marketing | sem, google-search-console, semrush, ahrefs, content-marketing | e:w
technical-seo | Technical SEO | technical search engine optimization | seo | screaming-frog, google-search-console, schema-markup | e:w
on-page-seo | On-Page SEO | on-page optimization, on-page optimisation | seo | keyword-research, seo-copywriting | e:d
local-seo | Local SEO | local search optimization | seo | google-business-profile | e:d
link-building | Link Building | backlink building, backlinking | seo | ahrefs, moz | e:w
keyword-research | Keyword Research | keyword analysis | seo | semrush, ahrefs, sem | e:d
schema-markup | Schema Markup | structured data markup, Schema.org | technical-seo | technical-seo | e:d
app-store-optimization | App Store Optimization | app store optimisation | mobile-marketing | seo | e:d
sem | SEM | search engine marketing, paid search, paid search marketing | digital-marketing | ppc, google-ads, microsoft-advertising, search-ads-360 | amb e:w
ppc | PPC | pay-per-click, pay per click, PPC advertising, PPC campaigns, PPC management | digital-marketing | sem, google-ads, paid-social | e:w
google-ads | Google Ads | Google AdWords, AdWords, Google Ads campaigns | sem, ppc | google-analytics, microsoft-advertising, google-merchant-center | e:w
google-adsense | Google AdSense | AdSense | display-advertising | google-ad-manager | e:d
google-ad-manager | Google Ad Manager | DoubleClick for Publishers | display-advertising | google-adsense, programmatic-advertising | e:w
google-merchant-center | Google Merchant Center | | google-ads | ecommerce-marketing | e:d
microsoft-advertising | Microsoft Advertising | Bing Ads, Microsoft Ads | sem | google-ads | e:d
search-ads-360 | Search Ads 360 | SA360, DoubleClick Search | sem | google-ads, display-video-360 | e:w
display-video-360 | Display & Video 360 | DV360, Display and Video 360, DoubleClick Bid Manager | programmatic-advertising | campaign-manager-360, the-trade-desk | e:w
campaign-manager-360 | Campaign Manager 360 | CM360, DoubleClick Campaign Manager | display-advertising | display-video-360, google-ad-manager | e:w
the-trade-desk | The Trade Desk | | programmatic-advertising | display-video-360 | e:w
amazon-advertising | Amazon Advertising | Amazon Ads, Amazon PPC, Amazon Sponsored Products, Amazon DSP | ppc | amazon-seller-central, ecommerce-marketing | e:w
display-advertising | Display Advertising | display ads, banner advertising | digital-marketing | programmatic-advertising, retargeting | e:w
programmatic-advertising | Programmatic Advertising | programmatic media buying, programmatic buying, programmatic media | display-advertising | display-video-360, the-trade-desk, media-buying | e:w
native-advertising | Native Advertising | native ads | display-advertising | content-marketing | e:d
retargeting | Retargeting | remarketing | display-advertising | paid-social, google-ads | e:d
paid-social | Paid Social | paid social media, social media advertising, social advertising, social ads | social-media-marketing | meta-ads, linkedin-ads, tiktok-ads | e:w
meta-ads | Meta Ads | Facebook Ads, Facebook Advertising, Meta Ads Manager, Facebook Ads Manager, Instagram Ads, Meta Business Suite | paid-social | google-ads, tiktok-ads | e:w
linkedin-ads | LinkedIn Ads | LinkedIn Advertising, LinkedIn Campaign Manager | paid-social | meta-ads, account-based-marketing | e:d
tiktok-ads | TikTok Ads | TikTok Ads Manager, TikTok Advertising | paid-social | meta-ads, tiktok | e:d
snapchat-ads | Snapchat Ads | Snapchat Advertising | paid-social | meta-ads, tiktok-ads | e:d
pinterest-ads | Pinterest Ads | Pinterest Advertising | paid-social | meta-ads | e:d
x-ads | X Ads | Twitter Ads, Twitter Advertising, X Advertising, X Ads Manager | paid-social | meta-ads, x-twitter | e:d
youtube-ads | YouTube Ads | YouTube Advertising | google-ads | video-marketing | e:d
media-buying | Media Buying | media buying and planning | | media-planning, programmatic-advertising | e:w
media-planning | Media Planning | media plans | | media-buying, marketing-mix-modeling | e:w
ad-operations | Ad Operations | ad ops, AdOps | display-advertising | google-ad-manager, campaign-manager-360 | e:w

# --- Social platforms (only as skills a marketer runs; company footers are traps) ---
facebook | Facebook | Facebook marketing, Facebook page management | social-media-marketing | meta-ads, instagram | amb e:d
instagram | Instagram | Instagram marketing | social-media-marketing | meta-ads, tiktok | amb e:d
tiktok | TikTok | TikTok marketing | social-media-marketing | tiktok-ads, instagram | amb e:d
youtube | YouTube | | video-marketing | youtube-ads | amb e:d
pinterest | Pinterest | Pinterest marketing | social-media-marketing | pinterest-ads | amb e:d
x-twitter | X (Twitter) | Twitter, Twitter marketing | social-media-marketing | social-media-management | amb e:d

# --- Brand, product marketing, communications ---
brand-management | Brand Management | brand manager skills | | brand-strategy, brand-marketing | e:m
brand-strategy | Brand Strategy | branding strategy | brand-management | positioning-and-messaging, brand-marketing | e:w
brand-marketing | Brand Marketing | | | brand-management, integrated-marketing | e:w
brand-guidelines | Brand Guidelines | brand standards, brand style guide | brand-management | brand-strategy | e:d
product-marketing | Product Marketing | | | go-to-market-strategy, positioning-and-messaging, competitive-analysis, product-launch | e:m
positioning-and-messaging | Positioning and Messaging | product positioning, messaging frameworks, brand positioning, messaging and positioning | product-marketing | brand-strategy, competitive-analysis | e:w
sales-enablement | Sales Enablement | sales enablement content | product-marketing | highspot, seismic, product-marketing | e:w
highspot | Highspot | | sales-enablement | seismic | e:d
seismic | Seismic | Seismic Software | sales-enablement | highspot | amb e:d
customer-marketing | Customer Marketing | customer advocacy | | lifecycle-marketing, case-study-writing | e:w
case-study-writing | Case Study Writing | case studies, customer case studies | copywriting | customer-marketing | e:d
pricing-strategy | Pricing Strategy | pricing strategies, price optimization, pricing analysis | | product-marketing, competitive-analysis | e:w
public-relations | Public Relations | public relations strategy | | media-relations, press-releases, crisis-communications | e:w
media-relations | Media Relations | press relations | public-relations | press-releases, cision | e:w
press-releases | Press Release Writing | press releases, press release | public-relations | copywriting, media-relations | e:d
crisis-communications | Crisis Communications | crisis communication | public-relations | media-relations, corporate-communications | e:w
corporate-communications | Corporate Communications | | | internal-communications, public-relations | e:w
internal-communications | Internal Communications | employee communications | corporate-communications | change-management | e:w
cision | Cision | Cision Communications Cloud | media-relations | meltwater, muck-rack | e:d
meltwater | Meltwater | | media-relations | cision, social-listening | e:d
muck-rack | Muck Rack | | media-relations | cision | e:d

# --- Demand generation and funnel ---
demand-generation | Demand Generation | demand gen | digital-marketing | lead-generation, account-based-marketing, marketing-automation | e:w
lead-generation | Lead Generation | lead gen | | demand-generation, lead-nurturing, lead-qualification | e:w
lead-nurturing | Lead Nurturing | nurture campaigns, nurture programs | marketing-automation | lead-scoring, email-marketing | e:d
lead-scoring | Lead Scoring | | marketing-automation | lead-nurturing, lead-qualification | e:d
account-based-marketing | Account-Based Marketing | ABM, account based marketing | b2b-marketing | 6sense, demandbase, linkedin-ads | e:w
6sense | 6sense | | account-based-marketing | demandbase | e:d
demandbase | Demandbase | | account-based-marketing | 6sense | e:d
conversion-rate-optimization | Conversion Rate Optimization | conversion rate optimisation, conversion optimization, conversion optimisation | digital-marketing | optimizely, hotjar, landing-page-optimization | e:w
landing-page-optimization | Landing Page Optimization | landing page optimisation | conversion-rate-optimization | unbounce, conversion-rate-optimization | e:d
funnel-analysis | Funnel Analysis | marketing funnel analysis, conversion funnel analysis | marketing-analytics | conversion-rate-optimization | e:d
customer-journey-mapping | Customer Journey Mapping | customer journey maps, customer journey map, journey mapping | | customer-segmentation, buyer-personas | e:d
buyer-personas | Buyer Personas | buyer persona, customer personas, marketing personas | | customer-segmentation, market-research | e:d

# --- Research and analytics ---
market-research | Market Research | marketing research | | competitive-analysis, consumer-insights, survey-design | e:w
competitive-analysis | Competitive Analysis | competitor analysis, competitive landscape analysis, competitive analyses | market-research | competitive-intelligence, swot-analysis | e:w
competitive-intelligence | Competitive Intelligence | | market-research | competitive-analysis | e:w
consumer-insights | Consumer Insights | consumer research | market-research | market-research, customer-segmentation | e:w
survey-design | Survey Design | questionnaire design, survey development | market-research | qualtrics, surveymonkey | e:w
qualtrics | Qualtrics | Qualtrics XM | survey-design | surveymonkey | e:d
surveymonkey | SurveyMonkey | Survey Monkey | survey-design | qualtrics | e:d
conjoint-analysis | Conjoint Analysis | | market-research, statistics | pricing-strategy, survey-design | e:w
marketing-analytics | Marketing Analytics | marketing analysis | data-analysis | google-analytics, marketing-mix-modeling, multi-touch-attribution | e:w
marketing-mix-modeling | Marketing Mix Modeling | marketing mix modelling, media mix modeling, media mix modelling, MMM | marketing-analytics, statistics | multi-touch-attribution, media-planning | e:m
multi-touch-attribution | Multi-Touch Attribution | multi touch attribution, attribution modeling, attribution modelling, marketing attribution | marketing-analytics | marketing-mix-modeling, google-analytics | e:w
customer-segmentation | Customer Segmentation | market segmentation, audience segmentation | marketing-analytics | buyer-personas, customer-lifetime-value | e:w
customer-lifetime-value | Customer Lifetime Value | CLV, LTV, CLTV, lifetime value | marketing-analytics | customer-segmentation, customer-retention | e:w
web-analytics | Web Analytics | website analytics, digital analytics | marketing-analytics | google-analytics, adobe-analytics | e:w
google-analytics | Google Analytics | GA4, Google Analytics 4, Universal Analytics, Google Analytics 360 | web-analytics | google-tag-manager, adobe-analytics, google-search-console | e:w
google-tag-manager | Google Tag Manager | Google Tag Manager 360 | google-analytics | google-analytics, tealium | e:w
google-search-console | Google Search Console | Search Console, Google Webmaster Tools | seo | google-analytics, technical-seo | e:d
google-business-profile | Google Business Profile | Google My Business, GMB | local-seo | local-seo | e:d
utm-tracking | UTM Tracking | UTM parameters, UTM codes, UTM tagging | web-analytics | google-analytics, multi-touch-attribution | e:d
adobe-analytics | Adobe Analytics | Omniture, SiteCatalyst, Omniture SiteCatalyst | web-analytics | google-analytics, adobe-target | e:w
hotjar | Hotjar | | conversion-rate-optimization | fullstory, contentsquare | e:d
fullstory | FullStory | | conversion-rate-optimization | hotjar, contentsquare | e:d
contentsquare | Contentsquare | | conversion-rate-optimization | hotjar, fullstory | e:d
crazy-egg | Crazy Egg | CrazyEgg | conversion-rate-optimization | hotjar | e:d
optimizely | Optimizely | Optimizely Web Experimentation | conversion-rate-optimization | adobe-target, vwo | e:d
vwo | VWO | Visual Website Optimizer | conversion-rate-optimization | optimizely | e:d
adobe-target | Adobe Target | | conversion-rate-optimization | optimizely, adobe-analytics | e:w
unbounce | Unbounce | | landing-page-optimization | conversion-rate-optimization | e:d
similarweb | Similarweb | SimilarWeb | competitive-intelligence | semrush | e:d

# --- SEO tools ---
semrush | Semrush | SEMrush | seo | ahrefs, moz, keyword-research | e:d
ahrefs | Ahrefs | | seo | semrush, moz, link-building | e:d
moz | Moz | Moz Pro | seo | semrush, ahrefs | amb e:d
screaming-frog | Screaming Frog | Screaming Frog SEO Spider | technical-seo | semrush, google-search-console | e:d
brightedge | BrightEdge | | seo | semrush, ahrefs | e:d
yoast | Yoast SEO | Yoast | seo | wordpress | e:d

# --- Marketing automation, email and customer engagement ---
marketing-automation | Marketing Automation | marketing automation platforms | digital-marketing | marketo, hubspot, pardot, eloqua | e:w
marketing-technology | Marketing Technology | MarTech, mar-tech, marketing tech stack | | marketing-automation, customer-data-platform | e:m
hubspot | HubSpot | HubSpot CRM, HubSpot Marketing Hub, HubSpot Sales Hub | marketing-automation, crm | salesforce, marketo, hubspot-certification | e:w
marketo | Marketo | Adobe Marketo, Marketo Engage | marketing-automation | hubspot, pardot, eloqua | e:w
pardot | Pardot | Salesforce Pardot, Marketing Cloud Account Engagement | marketing-automation, salesforce | marketo, hubspot | e:w
eloqua | Oracle Eloqua | Eloqua | marketing-automation | marketo, pardot | e:w
salesforce-marketing-cloud | Salesforce Marketing Cloud | SFMC, ExactTarget, Salesforce Marketing Cloud Engagement | marketing-automation, salesforce | ampscript, marketo, braze | e:w
ampscript | AMPscript | AMP script | salesforce-marketing-cloud | salesforce-marketing-cloud | e:w
adobe-campaign | Adobe Campaign | Adobe Campaign Classic | marketing-automation | adobe-analytics, salesforce-marketing-cloud | e:w
adobe-experience-manager | Adobe Experience Manager | AEM, Adobe AEM | | adobe-analytics, adobe-target | e:w
adobe-experience-platform | Adobe Experience Platform | Adobe Real-Time CDP | customer-data-platform | adobe-analytics | e:w
mailchimp | Mailchimp | MailChimp, Mail Chimp | email-marketing | klaviyo, constant-contact | e:d
klaviyo | Klaviyo | | email-marketing | mailchimp, shopify-marketing | e:d
constant-contact | Constant Contact | | email-marketing | mailchimp | e:d
activecampaign | ActiveCampaign | | marketing-automation | mailchimp, hubspot | e:d
campaign-monitor | Campaign Monitor | | email-marketing | mailchimp | e:d
braze | Braze | | marketing-automation | iterable, customer-io, lifecycle-marketing | amb e:d
iterable | Iterable | Iterable platform | marketing-automation | braze, customer-io | amb e:d
customer-io | Customer.io | | marketing-automation | braze, iterable | e:d
customer-data-platform | Customer Data Platform | CDP, CDPs, customer data platforms | marketing-technology | twilio-segment, tealium, mparticle | e:w
twilio-segment | Twilio Segment | Segment.io, Segment CDP | customer-data-platform | tealium, mparticle | e:d
tealium | Tealium | Tealium iQ, Tealium AudienceStream | customer-data-platform | twilio-segment, google-tag-manager | e:d
mparticle | mParticle | | customer-data-platform | twilio-segment | e:d

# --- Social media tools ---
hootsuite | Hootsuite | | social-media-management | sprout-social, sprinklr | e:d
sprout-social | Sprout Social | | social-media-management | hootsuite, sprinklr | e:d
sprinklr | Sprinklr | | social-media-management | hootsuite, sprout-social, brandwatch | e:d
brandwatch | Brandwatch | | social-listening | sprinklr, talkwalker | e:d
talkwalker | Talkwalker | | social-listening | brandwatch | e:d
meta-business-manager | Meta Business Manager | Facebook Business Manager | meta-ads | meta-ads | e:d

# --- Web publishing for marketers ---
wordpress | WordPress | WordPress CMS | | yoast, content-marketing, blogging | e:w
`;
