export default `
# Soft skills: reported but never counted as gaps by default.
# Words that postings also use in other senses are kept out of aliases: flexibility (a benefit), autonomous
# (vehicles), integrity (data integrity), ownership (stock), initiative (a project), resilience (systems).

# --- Communication ---
communication | Communication | communication skills, communications skills, effective communication, strong communication skills, excellent communication skills, written and verbal communication, verbal and written communication, written and oral communication, oral and written communication, written and verbal communication skills | | written-communication, verbal-communication, presentation-skills, interpersonal-skills | e:m
written-communication | Written Communication | written communication skills, writing skills, business writing | communication | verbal-communication, communication | e:m
verbal-communication | Verbal Communication | verbal communication skills, oral communication, oral communication skills, spoken communication | communication | written-communication, public-speaking | e:m
presentation-skills | Presentation Skills | presentation abilities, presenting to executives, presenting to senior leadership | communication | public-speaking, storytelling | e:w
public-speaking | Public Speaking | public speaking skills, speaking at conferences | communication | presentation-skills | e:m
storytelling | Storytelling | storytelling skills | communication | presentation-skills | e:w
active-listening | Active Listening | listening skills | communication | empathy, interpersonal-skills | e:w
interpersonal-skills | Interpersonal Skills | interpersonal communication, interpersonal communication skills, people skills | communication | relationship-building, teamwork | e:m
cross-cultural-competence | Cross-Cultural Competence | cultural awareness, cultural sensitivity, cultural competence, cross-cultural communication | communication | empathy | e:m
diplomacy | Diplomacy | tact and diplomacy, tactfulness | interpersonal-skills | conflict-resolution | e:m
executive-presence | Executive Presence | | leadership | presentation-skills | e:m

# --- Working with others ---
teamwork | Teamwork | team player, teamwork skills, works well in a team | | collaboration, interpersonal-skills | e:w
collaboration | Collaboration | collaboration skills, cross-functional collaboration, collaborative skills, cross-team collaboration | | teamwork, communication | e:w
relationship-building | Relationship Building | building relationships, rapport building, building rapport | interpersonal-skills | stakeholder-management, networking | e:m
networking | Professional Networking | business networking, networking skills | relationship-building | relationship-building | e:m
influencing | Influencing | influencing skills, influence without authority, influencing without authority, persuasion, persuasive communication | | negotiation, stakeholder-management | e:m
negotiation | Negotiation | negotiation skills, negotiating skills | | influencing, contract-negotiation, conflict-resolution | e:m
conflict-resolution | Conflict Resolution | conflict management, resolving conflicts, conflict resolution skills | | negotiation, employee-relations | e:m
facilitation | Facilitation | meeting facilitation, workshop facilitation, facilitation skills | | presentation-skills, coaching | e:w
empathy | Empathy | empathetic | | active-listening, emotional-intelligence | e:m
emotional-intelligence | Emotional Intelligence | emotional quotient | | empathy, self-awareness | e:m
customer-service | Customer Service | customer service skills, client service, customer care, customer-facing skills | | customer-focus, customer-success | e:w
customer-focus | Customer Focus | customer-centric, customer centricity, customer obsession, customer orientation | | customer-service | e:w

# --- Leading others ---
leadership | Leadership | leadership skills, team leadership, people leadership, leadership abilities | | people-management, mentoring, coaching, decision-making | e:m
people-management | People Management | team management, managing teams, staff management, managing direct reports | leadership | leadership, delegation, performance-management | e:m
mentoring | Mentoring | mentorship, mentoring skills | leadership | coaching | e:w
coaching | Coaching | coaching skills, team coaching | leadership | mentoring, sales-coaching | e:m
delegation | Delegation | delegating tasks, delegation skills | people-management | people-management | e:w
team-building | Team Building | team-building, building teams, building high-performing teams | leadership | people-management | e:m
decision-making | Decision Making | decision-making, decision-making skills, sound judgment, good judgment | | critical-thinking, problem-solving | e:m
strategic-thinking | Strategic Thinking | strategic mindset, strategic thinker | | critical-thinking, business-acumen | e:m
business-acumen | Business Acumen | commercial acumen, business sense, commercial awareness | | strategic-thinking | e:m

# --- Thinking ---
problem-solving | Problem Solving | problem-solving skills, problem solver, analytical problem solving, problem-solving abilities, solving complex problems | | critical-thinking, analytical-skills, decision-making | e:m
critical-thinking | Critical Thinking | critical thinking skills, critical thinker | | problem-solving, analytical-skills | e:m
analytical-skills | Analytical Skills | analytical thinking, analytical mindset, analytical abilities, analytical skill | | problem-solving, critical-thinking | e:m
creativity | Creativity | creative thinking, creative problem solving, creative problem-solving | | problem-solving, curiosity | e:m
curiosity | Curiosity | intellectual curiosity, inquisitive mind | | growth-mindset, creativity | e:m
growth-mindset | Growth Mindset | willingness to learn, eagerness to learn, fast learner, quick learner, continuous learning mindset | | curiosity, adaptability | e:m
attention-to-detail | Attention to Detail | detail-oriented, detail oriented, attention to details, eye for detail, detail orientation, meticulous attention to detail | | organizational-skills | e:w

# --- Working habits ---
time-management | Time Management | time-management skills, managing deadlines, meeting deadlines | | prioritization, organizational-skills, multitasking | e:w
prioritization | Prioritization | prioritisation, prioritization skills, ability to prioritize, prioritizing tasks | time-management | time-management, multitasking | e:w
organizational-skills | Organizational Skills | organisational skills, organization skills, organizational abilities, well-organized, highly organized | | time-management, attention-to-detail | e:w
multitasking | Multitasking | multi-tasking, ability to multitask, multitask | time-management | prioritization | e:w
adaptability | Adaptability | adaptable, adaptability skills, ability to adapt | | growth-mindset, working-under-pressure | e:m
working-under-pressure | Working Under Pressure | works well under pressure, ability to work under pressure, grace under pressure, stress management, thrives under pressure | | adaptability, time-management | e:m
self-motivation | Self-Motivation | self-motivated, self-starter, self motivated, self starter | | working-independently, taking-initiative | e:m
working-independently | Working Independently | work independently, works independently, independent worker, ability to work independently, minimal supervision | | self-motivation | e:m
taking-initiative | Taking Initiative | proactive, proactiveness, takes initiative, shows initiative, proactive attitude | | self-motivation, accountability | e:m
accountability | Accountability | accountable, personal accountability, sense of ownership | | work-ethic, taking-initiative | e:m
work-ethic | Work Ethic | strong work ethic, hardworking, hard-working | | accountability, dependability | e:m
dependability | Dependability | dependable | | work-ethic, punctuality | e:m
punctuality | Punctuality | punctual | | dependability | e:w
professionalism | Professionalism | professional demeanor, professional demeanour | | work-ethic | e:m
results-orientation | Results Orientation | results-driven, results-oriented, results driven, goal-oriented, goal oriented | | accountability | e:m
positive-attitude | Positive Attitude | can-do attitude, positive mindset | | adaptability | e:m
patience | Patience | patient demeanor | | empathy | e:m
resourcefulness | Resourcefulness | resourceful | | problem-solving | e:m
self-awareness | Self-Awareness | self-aware, self-reflection | emotional-intelligence | emotional-intelligence | e:m
systems-thinking | Systems Thinking | system thinking | | critical-thinking, problem-solving | e:m
`;
