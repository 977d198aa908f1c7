export default `
# Product and project management: methods, frameworks, techniques and tools.
# Office owns Confluence, Microsoft Project and Smartsheet; data owns A/B testing; cert owns PMP, CSM and the like.

# --- Delivery methodologies ---
agile | Agile | Agile methodology, Agile methodologies, Agile development, Agile software development, Agile practices, Agile principles, Agile project management, Agile framework, Agile frameworks, agile methodology, agile methodologies, agile development, agile software development, agile practices, agile principles, agile project management, agile frameworks, agile framework | | scrum, kanban, safe, lean, jira | amb e:w
scrum | Scrum | Scrum methodology, Scrum framework, Agile Scrum | agile | kanban, sprint-planning, backlog-management, jira, certified-scrummaster | e:w
kanban | Kanban | Kanban method, Kanban boards, Kanban board | agile, lean | scrum, scrumban, trello | e:d
scrumban | Scrumban | | agile | scrum, kanban | e:d
safe | SAFe | Scaled Agile Framework, Scaled Agile, scaled agile framework | agile | scrum, safe-agilist, disciplined-agile | cs e:w
disciplined-agile | Disciplined Agile | Disciplined Agile Delivery | agile | safe, scrum | e:w
extreme-programming | Extreme Programming | eXtreme Programming | agile | scrum, kanban | e:w
lean | Lean | Lean methodology, Lean methodologies, Lean principles, Lean management, Lean thinking, lean methodology, lean methodologies, lean principles, lean management, lean thinking | | lean-manufacturing, six-sigma, kanban, agile | amb e:w
lean-startup | Lean Startup | Lean Startup methodology | lean | product-discovery, product-management | e:d
waterfall | Waterfall | Waterfall methodology, Waterfall model, Waterfall project management, waterfall methodology, waterfall model, waterfall project management | project-management | agile, prince2 | amb e:d
iterative-development | Iterative Development | iterative development model, iterative and incremental development | | agile, incremental-development | e:d
incremental-development | Incremental Development | incremental development model, incremental model | | iterative-development, agile | e:d
rapid-application-development | Rapid Application Development | rapid application development model, RAD methodology | | agile, prototyping | e:d
spiral-model | Spiral Model | spiral development, spiral development model, spiral methodology | | waterfall, iterative-development | e:d
v-model | V-Model | V model, V-cycle | | waterfall, iso-26262 | cs e:d
prince2 | PRINCE2 | PRINCE 2, Projects in Controlled Environments | project-management | pmbok, prince2-practitioner, waterfall | e:w
pmbok | PMBOK | PMBOK Guide, Project Management Body of Knowledge | project-management | pmp, prince2 | e:w

# --- Project management ---
project-management | Project Management | project mgmt | | pmp, agile, program-management, risk-management, project-scheduling | e:m
program-management | Program Management | programme management | | project-management, project-portfolio-management, pgmp | e:m
project-portfolio-management | Project Portfolio Management | portfolio project management | project-management | program-management, primavera-p6 | e:m
project-scheduling | Project Scheduling | project schedules | project-management | gantt-charts, critical-path-method, primavera-p6 | e:w
critical-path-method | Critical Path Method | critical path analysis, critical path scheduling | project-management | gantt-charts, pert, project-scheduling | e:d
pert | PERT | Program Evaluation and Review Technique | project-management | critical-path-method, gantt-charts | cs e:d
gantt-charts | Gantt Charts | Gantt chart, Gantt | project-management | critical-path-method, project-scheduling | e:d
work-breakdown-structure | Work Breakdown Structure | WBS, work breakdown structures | project-management | project-scheduling, gantt-charts | e:d
earned-value-management | Earned Value Management | earned value analysis, earned value | project-management | project-scheduling, pmp | e:w
raci-matrix | RACI Matrix | RACI, RACI chart, RACI model | project-management | stakeholder-management | e:d
risk-management | Risk Management | risk mitigation planning, risk management planning | | project-management, enterprise-risk-management, compliance-management | e:w
change-management | Change Management | organizational change management, organisational change management, change mgmt | | adkar, stakeholder-management, prosci-certification | e:w
adkar | ADKAR | ADKAR model | change-management | prosci-certification | e:d
stakeholder-management | Stakeholder Management | stakeholder engagement, stakeholder communication, managing stakeholders | | communication, project-management, change-management | e:w
requirements-gathering | Requirements Gathering | requirements elicitation, requirements analysis, business requirements gathering | business-analysis | user-stories, moscow-method | e:w
business-analysis | Business Analysis | | | requirements-gathering, cbap, process-mapping | e:m
balanced-scorecard | Balanced Scorecard | | | okrs, kpi-development | e:d
okrs | OKRs | OKR, Objectives and Key Results | | balanced-scorecard, kpi-development, product-strategy | e:d
kpi-development | KPI Development | KPI design, defining KPIs | | okrs, balanced-scorecard | e:d
swot-analysis | SWOT Analysis | SWOT | | competitive-analysis, market-research | e:d
moscow-method | MoSCoW Method | MoSCoW, MoSCoW prioritization, MoSCoW prioritisation | | backlog-management, requirements-gathering | cs e:d

# --- Product management ---
product-management | Product Management | product mgmt | | product-roadmapping, product-discovery, user-stories, go-to-market-strategy, product-analytics | e:m
product-strategy | Product Strategy | | product-management | product-roadmapping, okrs, go-to-market-strategy | e:w
product-roadmapping | Product Roadmapping | product roadmap, product roadmaps, product roadmap planning, roadmapping | product-management | productboard, aha, okrs | e:w
product-discovery | Product Discovery | continuous discovery | product-management | jobs-to-be-done, lean-startup, user-stories | e:w
jobs-to-be-done | Jobs to Be Done | JTBD, Jobs-to-be-Done framework | product-discovery | product-discovery, customer-journey-mapping | e:d
product-led-growth | Product-Led Growth | PLG, product led growth | product-management | growth-marketing, product-analytics | e:w
product-launch | Product Launch | product launches, product launch planning | product-management | go-to-market-strategy, product-marketing | e:w
go-to-market-strategy | Go-to-Market Strategy | go-to-market, go to market strategy, GTM strategy, go-to-market planning, go-to-market plan | | product-marketing, product-launch, product-strategy | e:w
product-analytics | Product Analytics | | product-management | amplitude, mixpanel, pendo, heap-analytics | e:w
backlog-management | Backlog Management | backlog grooming, backlog refinement, product backlog, product backlog management | agile | user-stories, jira, scrum | e:d
user-stories | User Stories | user story, user story writing, user story mapping, story mapping | agile | backlog-management, requirements-gathering | e:d
sprint-planning | Sprint Planning | sprint planning meetings | scrum | backlog-management, user-stories | e:d
feature-prioritization | Feature Prioritization | feature prioritisation, RICE scoring, RICE prioritization | product-management | moscow-method, backlog-management | e:d

# --- Work and product tools ---
jira | Jira | JIRA Software, Atlassian Jira, Jira Cloud, Jira Software | | agile, scrum, trello, asana | e:d
trello | Trello | | kanban | jira, asana | e:d
asana | Asana | | project-management | trello, monday-com, clickup | e:d
monday-com | Monday.com | monday dot com | project-management | asana, clickup | e:d
clickup | ClickUp | | project-management | asana, monday-com | e:d
wrike | Wrike | | project-management | asana, monday-com | e:d
basecamp | Basecamp | | project-management | asana, trello | e:d
teamwork-com | Teamwork.com | | project-management | asana, wrike | e:d
rally-software | Rally Software | CA Agile Central, Broadcom Rally, Rally ALM | agile | jira, versionone | e:d
versionone | VersionOne | Digital.ai Agility | agile | jira, rally-software | e:d
targetprocess | Targetprocess | Apptio Targetprocess | agile | jira, rally-software | e:d
jira-align | Jira Align | AgileCraft | safe | jira, rally-software | e:d
primavera-p6 | Primavera P6 | Oracle Primavera, Oracle Primavera P6, Primavera, Primavera P6 EPPM, P6 EPPM, Primavera Enterprise Project Portfolio Management, Primavera P6 Enterprise Project Portfolio Management | project-scheduling | critical-path-method, earned-value-management | e:w
planview | Planview | | project-portfolio-management | primavera-p6, clarity-ppm | e:w
clarity-ppm | Clarity PPM | CA Clarity, CA PPM, Broadcom Clarity | project-portfolio-management | planview | e:w
productboard | Productboard | ProductBoard | product-management | aha, product-roadmapping | e:d
aha | Aha! | Aha.io, Aha! Roadmaps | product-roadmapping | productboard, jira | amb e:d
roadmunk | Roadmunk | | product-roadmapping | productboard, aha | e:d
amplitude | Amplitude | Amplitude Analytics | product-analytics | mixpanel, pendo, heap-analytics | amb e:d
mixpanel | Mixpanel | | product-analytics | amplitude, pendo, heap-analytics | e:d
pendo | Pendo | Pendo.io | product-analytics | amplitude, mixpanel | e:d
heap-analytics | Heap Analytics | Heap.io | product-analytics | amplitude, mixpanel | e:d
posthog | PostHog | | product-analytics | amplitude, mixpanel | e:d
`;
