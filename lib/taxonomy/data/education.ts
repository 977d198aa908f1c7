export default `
# Education and training: teaching practice, curricula, special needs, early years. QTS, PGCE and teaching
# licences are cert's.

lesson-planning | Lesson Planning | lesson plans, planning lessons, lesson preparation, unit planning, schemes of work | | curriculum-development | e:w
curriculum-development | Curriculum Development | curriculum design, curriculum planning, curriculum writing, developing curricula, syllabus design | | lesson-planning, instructional-design | e:m
classroom-management | Classroom Management | classroom behaviour management, managing a classroom, classroom control | | behaviour-management | e:m
behaviour-management | Behaviour Management | behavior management, behaviour support, behavior support, positive behaviour support, positive behavior support, positive behavior interventions, PBIS, de-escalation techniques | | classroom-management | e:m
differentiated-instruction | Differentiated Instruction | differentiation, differentiated learning, differentiated teaching, differentiating instruction | | lesson-planning | e:w
safeguarding-children | Safeguarding Children | safeguarding, child protection, safeguarding and child protection, keeping children safe in education, KCSIE, designated safeguarding lead duties | | safeguarding-adults | e:w
special-educational-needs | Special Educational Needs | SEN, special educational needs and disabilities, SEN support, special needs education, special education, SENCO duties | | ieps, autism-support | e:m
ieps | IEPs | IEP, individualized education programs, individualised education plans, individual education plans, IEP development, IEP meetings, EHCP, EHCPs, education health and care plans | special-educational-needs | | cs e:w
phonics | Phonics | synthetic phonics, systematic synthetic phonics, Read Write Inc, Letters and Sounds | early-literacy | | e:w
early-literacy | Early Literacy | guided reading, reading intervention, literacy intervention, early reading | | phonics | e:w
eyfs | EYFS | Early Years Foundation Stage, EYFS framework, early years curriculum | early-childhood-education | phonics | cs e:w
early-childhood-education | Early Childhood Education | early years education, early childhood development, preschool education, pre-K instruction, early learning | | eyfs | e:m
assessment-for-learning | Assessment for Learning | formative assessment, AfL, summative assessment, student assessment, assessing pupil progress | | lesson-planning | e:w
national-curriculum | National Curriculum | English National Curriculum, Common Core, Common Core State Standards, state standards alignment | | curriculum-development | e:w
student-progress-tracking | Student Progress Tracking | progress monitoring, pupil tracking, student data analysis, tracking pupil progress | | assessment-for-learning | e:d
stem-teaching | STEM Teaching | STEM education, STEM instruction, teaching STEM | | | e:m
esl-teaching | ESL Teaching | ESL instruction, TESOL teaching, EFL teaching, teaching English as a second language, English language teaching, EAL support | | | e:m
tutoring | Tutoring | one-to-one tutoring, small group tutoring, private tutoring, academic tutoring | | | e:w
online-teaching | Online Teaching | remote teaching, virtual instruction, distance learning delivery, e-learning delivery, blended learning | | | e:w
autism-support | Autism Support | autism spectrum support, ASD support, supporting autistic pupils, supporting students with autism, ABA therapy, applied behavior analysis, applied behaviour analysis | special-educational-needs | behaviour-management | e:m
teaching-assistant-support | Classroom Support | classroom assistance, supporting the class teacher, small group interventions, 1:1 support | | special-educational-needs | e:w
exam-invigilation | Exam Invigilation | invigilation, exam proctoring, test proctoring | | | e:d
pastoral-care | Pastoral Care | pastoral support, student welfare, student wellbeing support | | safeguarding-children | e:w
training-delivery | Training Delivery | delivering training, training facilitation, classroom training delivery, train the trainer | | curriculum-development | e:w
montessori-method | Montessori Method | Montessori, Montessori education | early-childhood-education | | e:m
`;
