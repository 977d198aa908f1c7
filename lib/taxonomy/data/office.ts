export default `
# Office and business software: office suites, spreadsheet skills, collaboration and productivity tools.

# --- Microsoft Office and Microsoft 365
microsoft-office | Microsoft Office | MS Office, Microsoft Office Suite, MS Office Suite, Office Suite | | microsoft-365, microsoft-excel, google-workspace | e:w
microsoft-365 | Microsoft 365 | Office 365, O365, M365, MS 365, Microsoft Office 365, MS Office 365 | microsoft-office | microsoft-teams, microsoft-sharepoint | e:w
microsoft-excel | Microsoft Excel | Excel, MS Excel | microsoft-office | pivot-tables, vlookup, google-sheets, power-query | amb e:w
microsoft-word | Microsoft Word | Word, MS Word | microsoft-office | google-docs, mail-merge | amb e:d
microsoft-powerpoint | Microsoft PowerPoint | PowerPoint, MS PowerPoint, Power Point, PPT | microsoft-office | google-slides, presentation-design | e:d
microsoft-outlook | Microsoft Outlook | Outlook, MS Outlook | microsoft-office | microsoft-teams | amb e:d
microsoft-access | Microsoft Access | Access, MS Access | microsoft-office | sql, microsoft-excel | amb e:w
microsoft-onenote | Microsoft OneNote | OneNote, MS OneNote | microsoft-office | evernote | e:d
microsoft-publisher | Microsoft Publisher | MS Publisher | microsoft-office | | e:d
microsoft-teams | Microsoft Teams | MS Teams, Teams | microsoft-365 | slack, zoom | amb e:d
microsoft-sharepoint | Microsoft SharePoint | SharePoint, MS SharePoint, SharePoint Online, Share Point | microsoft-365 | microsoft-teams, power-automate | e:w
onedrive | OneDrive | Microsoft OneDrive | microsoft-365 | microsoft-sharepoint | e:d
microsoft-visio | Microsoft Visio | Visio, MS Visio | | lucidchart, draw-io | e:d
microsoft-project | Microsoft Project | MS Project, Microsoft Project Online, Project Online | project-management | smartsheet | e:w
microsoft-planner | Microsoft Planner | MS Planner | microsoft-365 | | e:d
microsoft-forms | Microsoft Forms | MS Forms | microsoft-365 | google-forms | e:d
microsoft-copilot | Microsoft Copilot | Microsoft 365 Copilot, Copilot for Microsoft 365, M365 Copilot | microsoft-365 | | e:d
skype | Skype | Skype for Business, Microsoft Lync, Lync | | microsoft-teams | e:d
gotomeeting | GoTo Meeting | GoToMeeting | | zoom, webex | e:d
yammer | Yammer | Viva Engage, Microsoft Viva Engage | microsoft-365 | microsoft-teams | e:d
microsoft-365-administration | Microsoft 365 Administration | Office 365 administration, M365 administration, O365 administration | microsoft-365 | microsoft-sharepoint, microsoft-teams | e:w

# --- Power Platform
power-platform | Microsoft Power Platform | Power Platform | | power-bi, power-apps, power-automate | e:w
power-automate | Power Automate | Microsoft Power Automate, Microsoft Flow, MS Flow | power-platform | zapier, microsoft-sharepoint | e:w
power-apps | Power Apps | Microsoft Power Apps, PowerApps | power-platform | dataverse | e:w
power-pages | Power Pages | Microsoft Power Pages | power-platform | power-apps | e:d
dataverse | Microsoft Dataverse | Dataverse, Common Data Service | power-platform | power-apps | e:w
copilot-studio | Microsoft Copilot Studio | Copilot Studio, Power Virtual Agents | power-platform | | e:d
nintex | Nintex | | | power-automate, microsoft-sharepoint | e:w

# --- Spreadsheet skills
pivot-tables | Pivot Tables | PivotTables, pivot table | microsoft-excel | vlookup, power-pivot | e:d
vlookup | VLOOKUP | V-LOOKUP | microsoft-excel | xlookup, index-match, pivot-tables | e:d
xlookup | XLOOKUP | | microsoft-excel | vlookup | e:d
index-match | INDEX MATCH | INDEX/MATCH | microsoft-excel | vlookup | e:d
excel-macros | Excel Macros | macros, Excel macro | microsoft-excel | | e:w
conditional-formatting | Conditional Formatting | | microsoft-excel | pivot-tables | e:d
power-query | Power Query | Power Query Editor | | power-bi, microsoft-excel, power-pivot | e:w
power-pivot | Power Pivot | PowerPivot | microsoft-excel | power-query, dax | e:d
mail-merge | Mail Merge | | microsoft-word | microsoft-excel | e:d
10-key | 10-Key | ten key, 10-key typing, ten-key data entry, 10-key data entry | | | e:d

# --- Google Workspace
google-workspace | Google Workspace | G Suite, GSuite, Google Apps, Google Suite | | google-sheets, google-docs, microsoft-365 | e:d
google-sheets | Google Sheets | Google Spreadsheets | google-workspace | microsoft-excel | e:d
google-docs | Google Docs | | google-workspace | microsoft-word | e:d
google-slides | Google Slides | | google-workspace | microsoft-powerpoint | e:d
google-drive | Google Drive | | google-workspace | | e:d
google-forms | Google Forms | | google-workspace | microsoft-forms | e:d
google-calendar | Google Calendar | | google-workspace | | e:d
google-meet | Google Meet | | google-workspace | zoom | e:d
google-sites | Google Sites | | google-workspace | | e:d
gmail | Gmail | | google-workspace | | e:d
google-apps-script | Google Apps Script | Apps Script | google-workspace, javascript | google-sheets | e:w

# --- Collaboration, communication and documents
slack | Slack | | | microsoft-teams, zoom | cs e:d
zoom | Zoom | Zoom Meetings, Zoom Video | | microsoft-teams, webex | cs e:d
webex | Webex | Cisco Webex, WebEx Meetings | | zoom | e:d
notion | Notion | Notion.so | | confluence, airtable | cs e:d
confluence | Confluence | Atlassian Confluence | | jira, notion | cs e:d
airtable | Airtable | | | smartsheet, notion | e:d
smartsheet | Smartsheet | | | microsoft-project, airtable | e:d
miro | Miro | Miro board, RealtimeBoard | | lucidchart, figjam | e:d
lucidchart | Lucidchart | Lucid Chart | | microsoft-visio, miro | e:d
draw-io | draw.io | diagrams.net, drawio | | lucidchart, microsoft-visio | e:d
prezi | Prezi | | | microsoft-powerpoint | e:d
evernote | Evernote | | | microsoft-onenote, notion | e:d
dropbox | Dropbox | | | google-drive, onedrive | e:d
adobe-acrobat | Adobe Acrobat | Acrobat, Acrobat Pro, Adobe Acrobat Pro | | microsoft-office | e:d
collections-management-software | Collections Management Software | collection management software, collections management systems, collections management system, collection management systems | | | e:w
abbyy-finereader | ABBYY FineReader | FineReader, ABBYY FineReader PDF | optical-character-recognition | omnipage, adobe-acrobat | e:d
omnipage | OmniPage | Kofax OmniPage, Nuance OmniPage, Tungsten OmniPage | optical-character-recognition | abbyy-finereader | e:d
adobe-acrobat-sign | Adobe Acrobat Sign | Adobe Sign, EchoSign | | adobe-acrobat | e:d
dropbox-sign | Dropbox Sign | HelloSign | | adobe-acrobat-sign, dropbox | e:d
egnyte | Egnyte | | | dropbox, microsoft-sharepoint | e:d
grammarly | Grammarly | | | microsoft-word, google-docs | e:d
loom | Loom | Loom video | | zoom | cs e:d
otter-ai | Otter.ai | Otter AI | | zoom | e:d
zapier | Zapier | | | power-automate | e:d
calendly | Calendly | | | | e:d
lotus-notes | Lotus Notes | IBM Notes, HCL Notes | | microsoft-outlook | e:d
libreoffice | LibreOffice | | | microsoft-office | e:d
apache-openoffice | Apache OpenOffice | OpenOffice, OpenOffice.org | | libreoffice | e:d
laserfiche | Laserfiche | | | onbase | e:d
onbase | Hyland OnBase | OnBase | | laserfiche | e:d
multi-line-phone-systems | Multi-Line Phone Systems | multi-line phone system, multi-line phones, multi-line telephone systems, multi-line phone | | microsoft-outlook | e:d
typeform | Typeform | | | google-forms, microsoft-forms | e:d

# --- Office basics ---
typing | Typing | touch typing, typing speed, typing skills, keyboarding, keyboarding skills | | microsoft-office | e:w
teleconferencing | Teleconferencing | teleconference, teleconferences, audio conferencing, conference call management | | | e:d
`;
