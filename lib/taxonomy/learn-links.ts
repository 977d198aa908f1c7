import type { Skill } from '@/lib/model/skill';

/** Where to learn a skill: official documentation or a free course, opened only when the person clicks. */
export interface LearnLink {
  url: string;
  label: string;
}

/**
 * Curated links for the skills postings ask for most, one line each: `id | label | url`. Official
 * tutorials and free courses only; nothing here is ever fetched by the extension.
 */
const CURATED = `
python | The Python Tutorial (python.org) | https://docs.python.org/3/tutorial/
sql | SQL tutorial (Khan Academy) | https://www.khanacademy.org/computing/computer-programming/sql
machine-learning | Machine Learning Crash Course (Google) | https://developers.google.com/machine-learning/crash-course
statistics | Statistics and probability (Khan Academy) | https://www.khanacademy.org/math/statistics-probability
r | R for Data Science (free book) | https://r4ds.hadley.nz/
data-visualization | Data visualization course (Kaggle Learn) | https://www.kaggle.com/learn/data-visualization
data-analysis | Google Data Analytics certificate (Coursera, free to audit) | https://www.coursera.org/professional-certificates/google-data-analytics
algorithms | Introduction to Algorithms (MIT OpenCourseWare) | https://ocw.mit.edu/courses/6-006-introduction-to-algorithms-spring-2020/
data-structures | Introduction to Algorithms (MIT OpenCourseWare) | https://ocw.mit.edu/courses/6-006-introduction-to-algorithms-spring-2020/
tableau | Free Tableau training videos | https://www.tableau.com/learn/training
apache-spark | Spark quick start (spark.apache.org) | https://spark.apache.org/docs/latest/quick-start.html
pyspark | PySpark getting started (spark.apache.org) | https://spark.apache.org/docs/latest/api/python/getting_started/index.html
spark-sql | Spark SQL guide (spark.apache.org) | https://spark.apache.org/docs/latest/sql-programming-guide.html
spark-streaming | Structured Streaming guide (spark.apache.org) | https://spark.apache.org/docs/latest/structured-streaming-programming-guide.html
aws | AWS Skill Builder (free courses) | https://skillbuilder.aws/
artificial-intelligence | Elements of AI (free course) | https://www.elementsofai.com/
java | Learn Java (dev.java) | https://dev.java/learn/
hadoop | Hadoop single-node setup (hadoop.apache.org) | https://hadoop.apache.org/docs/stable/hadoop-project-dist/hadoop-common/SingleCluster.html
business-intelligence | Microsoft Learn: Power BI data analyst path | https://learn.microsoft.com/en-us/training/powerplatform/power-bi
etl | What is ETL? (Microsoft Learn) | https://learn.microsoft.com/en-us/azure/architecture/data-guide/relational-data/etl
elt | What is ETL and ELT? (Microsoft Learn) | https://learn.microsoft.com/en-us/azure/architecture/data-guide/relational-data/etl
microsoft-excel | Excel video training (Microsoft Support) | https://support.microsoft.com/en-us/office/excel-video-training-9bc05390-e94c-46af-a5b3-d7c22f6990bb
data-modeling | Data modeling in Power BI (Microsoft Learn) | https://learn.microsoft.com/en-us/training/modules/design-model-power-bi/
data-mining | Intro to Machine Learning (Kaggle Learn) | https://www.kaggle.com/learn/intro-to-machine-learning
predictive-modeling | Intro to Machine Learning (Kaggle Learn) | https://www.kaggle.com/learn/intro-to-machine-learning
data-warehousing | Data warehousing concepts (Microsoft Learn) | https://learn.microsoft.com/en-us/azure/architecture/data-guide/relational-data/data-warehousing
statistical-modeling | An Introduction to Statistical Learning (free book) | https://www.statlearning.com/
scala | Tour of Scala (docs.scala-lang.org) | https://docs.scala-lang.org/tour/tour-of-scala.html
regression-analysis | An Introduction to Statistical Learning (free book) | https://www.statlearning.com/
linear-regression | An Introduction to Statistical Learning (free book) | https://www.statlearning.com/
logistic-regression | An Introduction to Statistical Learning (free book) | https://www.statlearning.com/
relational-databases | Databases course (Stanford, edX) | https://www.edx.org/learn/databases
sas | Free SAS training | https://www.sas.com/en_us/learn/academic-programs/resources/free-sas-e-learning.html
tensorflow | TensorFlow tutorials | https://www.tensorflow.org/tutorials
keras | Keras getting started | https://keras.io/getting_started/
nosql | NoSQL databases (MongoDB University) | https://learn.mongodb.com/
mongodb | MongoDB University (free courses) | https://learn.mongodb.com/
clustering | Clustering (scikit-learn user guide) | https://scikit-learn.org/stable/modules/clustering.html
k-means | K-means (scikit-learn user guide) | https://scikit-learn.org/stable/modules/clustering.html#k-means
deep-learning | Practical Deep Learning for Coders (fast.ai) | https://course.fast.ai/
neural-networks | Neural Networks and Deep Learning (free book) | http://neuralnetworksanddeeplearning.com/
power-bi | Power BI training (Microsoft Learn) | https://learn.microsoft.com/en-us/training/powerplatform/power-bi
natural-language-processing | Hugging Face NLP course | https://huggingface.co/learn/nlp-course
apache-hive | Hive getting started (cwiki.apache.org) | https://cwiki.apache.org/confluence/display/Hive/GettingStarted
scikit-learn | scikit-learn tutorials | https://scikit-learn.org/stable/tutorial/index.html
classification | Classification (Google ML Crash Course) | https://developers.google.com/machine-learning/crash-course/classification
azure | Azure fundamentals (Microsoft Learn) | https://learn.microsoft.com/en-us/training/paths/azure-fundamentals/
linux | Linux Journey (free lessons) | https://linuxjourney.com/
api-development | Web API design best practices (Microsoft Learn) | https://learn.microsoft.com/en-us/azure/architecture/best-practices/api-design
gcp | Google Cloud Skills Boost | https://www.cloudskillsboost.google/
bigquery | BigQuery documentation: quickstarts | https://cloud.google.com/bigquery/docs/quickstarts
sql-server | SQL Server tutorials (Microsoft Learn) | https://learn.microsoft.com/en-us/sql/sql-server/tutorials-for-sql-server-2016
tsql | Transact-SQL tutorial (Microsoft Learn) | https://learn.microsoft.com/en-us/sql/t-sql/tutorial-writing-transact-sql-statements
mysql | MySQL tutorial (dev.mysql.com) | https://dev.mysql.com/doc/refman/8.4/en/tutorial.html
project-management | Google Project Management certificate (Coursera, free to audit) | https://www.coursera.org/professional-certificates/google-project-management
javascript | JavaScript guide (MDN) | https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide
postgresql | PostgreSQL tutorial (postgresql.org) | https://www.postgresql.org/docs/current/tutorial.html
git | Pro Git book (git-scm.com) | https://git-scm.com/book/en/v2
version-control | Pro Git book (git-scm.com) | https://git-scm.com/book/en/v2
github | GitHub Skills (free courses) | https://skills.github.com/
agile | Agile Manifesto and principles | https://agilemanifesto.org/principles.html
scrum | The Scrum Guide | https://scrumguides.org/scrum-guide.html
kanban | Kanban guide (Atlassian) | https://www.atlassian.com/agile/kanban
kafka | Apache Kafka quickstart | https://kafka.apache.org/quickstart
matlab | MATLAB Onramp (free, MathWorks) | https://matlabacademy.mathworks.com/details/matlab-onramp/gettingstarted
pandas | pandas getting started | https://pandas.pydata.org/docs/getting_started/index.html
numpy | NumPy: the absolute basics for beginners | https://numpy.org/doc/stable/user/absolute_beginners.html
scipy | SciPy user guide | https://docs.scipy.org/doc/scipy/tutorial/index.html
matplotlib | Matplotlib tutorials | https://matplotlib.org/stable/tutorials/index.html
distributed-systems | Distributed Systems (MIT 6.824 lectures) | https://pdos.csail.mit.edu/6.824/
microsoft-office | Microsoft 365 training (Microsoft Support) | https://support.microsoft.com/en-us/training
microsoft-365 | Microsoft 365 training (Microsoft Support) | https://support.microsoft.com/en-us/training
microsoft-word | Word video training (Microsoft Support) | https://support.microsoft.com/en-us/office/word-for-windows-training-7bcd85e6-2c3d-4c3c-a2a5-5ed8847eae73
microsoft-powerpoint | PowerPoint video training (Microsoft Support) | https://support.microsoft.com/en-us/office/powerpoint-for-windows-training-40e8c930-cb0b-40d8-82c4-bd53d3398787
microsoft-outlook | Outlook video training (Microsoft Support) | https://support.microsoft.com/en-us/office/outlook-training-8a5b816d-9052-4190-a5eb-494512343cca
microsoft-access | Access video training (Microsoft Support) | https://support.microsoft.com/en-us/office/access-video-training-a5ffb1ef-4cc4-4d79-a862-e2dda6ef38e6
microsoft-teams | Microsoft Teams video training | https://support.microsoft.com/en-us/office/microsoft-teams-video-training-4f108e54-240b-4351-8084-b1089f0d21d7
microsoft-sharepoint | SharePoint training (Microsoft Support) | https://support.microsoft.com/en-us/office/sharepoint-video-training-cb7f4b31-e2b4-4ef4-a2ab-1e0c9f2a3fcb
microsoft-visio | Visio training (Microsoft Support) | https://support.microsoft.com/en-us/office/visio-training-e4ac5d72-9a6e-4c2f-a5b6-9c6fc1f63dc6
microsoft-project | Project training (Microsoft Support) | https://support.microsoft.com/en-us/office/project-video-training-6b9a2a3b-9fa1-4f06-9f6b-45fa04d9d6b2
pivot-tables | Create a PivotTable (Microsoft Support) | https://support.microsoft.com/en-us/office/create-a-pivottable-to-analyze-worksheet-data-a9a84538-bfe9-40a9-a8e9-f99134456576
vlookup | VLOOKUP function (Microsoft Support) | https://support.microsoft.com/en-us/office/vlookup-function-0bbc8083-26fe-4963-8ab8-93a18ad188a1
xlookup | XLOOKUP function (Microsoft Support) | https://support.microsoft.com/en-us/office/xlookup-function-b7fd680e-6d10-43e6-84f9-88eae8bf5929
power-query | Power Query documentation (Microsoft Learn) | https://learn.microsoft.com/en-us/power-query/
vba | Getting started with VBA in Office (Microsoft Learn) | https://learn.microsoft.com/en-us/office/vba/library-reference/concepts/getting-started-with-vba-in-office
google-sheets | Google Sheets training (Google Workspace Learning Center) | https://support.google.com/a/users/answer/9282959
google-workspace | Google Workspace Learning Center | https://support.google.com/a/users
power-automate | Power Automate training (Microsoft Learn) | https://learn.microsoft.com/en-us/training/powerplatform/power-automate
power-apps | Power Apps training (Microsoft Learn) | https://learn.microsoft.com/en-us/training/powerplatform/power-apps
docker | Docker getting started | https://docs.docker.com/get-started/
docker-compose | Docker Compose quickstart | https://docs.docker.com/compose/gettingstarted/
kubernetes | Kubernetes tutorials (kubernetes.io) | https://kubernetes.io/docs/tutorials/
helm | Helm quickstart guide | https://helm.sh/docs/intro/quickstart/
amazon-redshift | Getting started with Amazon Redshift | https://docs.aws.amazon.com/redshift/latest/gsg/new-user-serverless.html
cpp | Learn C++ (learncpp.com) | https://www.learncpp.com/
c | C reference and tutorials (cppreference) | https://en.cppreference.com/w/c
amazon-s3 | Getting started with Amazon S3 | https://docs.aws.amazon.com/AmazonS3/latest/userguide/GetStartedWithS3.html
amazon-ec2 | Get started with Amazon EC2 | https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/EC2_GetStarted.html
aws-lambda | Getting started with AWS Lambda | https://docs.aws.amazon.com/lambda/latest/dg/getting-started.html
amazon-dynamodb | Getting started with DynamoDB | https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GettingStartedDynamoDB.html
amazon-kinesis | Amazon Kinesis Data Streams getting started | https://docs.aws.amazon.com/streams/latest/dev/getting-started.html
amazon-athena | Getting started with Amazon Athena | https://docs.aws.amazon.com/athena/latest/ug/getting-started.html
amazon-sagemaker | Get started with Amazon SageMaker AI | https://docs.aws.amazon.com/sagemaker/latest/dg/gs.html
amazon-eks | Getting started with Amazon EKS | https://docs.aws.amazon.com/eks/latest/userguide/getting-started.html
amazon-ecs | Getting started with Amazon ECS | https://docs.aws.amazon.com/AmazonECS/latest/developerguide/getting-started.html
aws-cloudformation | Getting started with AWS CloudFormation | https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/GettingStarted.html
aws-cdk | AWS CDK getting started | https://docs.aws.amazon.com/cdk/v2/guide/getting_started.html
oracle-database | Oracle Dev Gym and Database tutorials | https://devgym.oracle.com/
pl-sql | PL/SQL language reference (Oracle) | https://docs.oracle.com/en/database/oracle/oracle-database/23/lnpls/
predictive-analytics | Intro to Machine Learning (Kaggle Learn) | https://www.kaggle.com/learn/intro-to-machine-learning
decision-trees | Decision trees (scikit-learn user guide) | https://scikit-learn.org/stable/modules/tree.html
random-forest | Random forests (scikit-learn user guide) | https://scikit-learn.org/stable/modules/ensemble.html#random-forests-and-other-randomized-tree-ensembles
gradient-boosting | Gradient boosting (scikit-learn user guide) | https://scikit-learn.org/stable/modules/ensemble.html#gradient-boosting
ensemble-methods | Ensemble methods (scikit-learn user guide) | https://scikit-learn.org/stable/modules/ensemble.html
support-vector-machines | Support vector machines (scikit-learn user guide) | https://scikit-learn.org/stable/modules/svm.html
naive-bayes | Naive Bayes (scikit-learn user guide) | https://scikit-learn.org/stable/modules/naive_bayes.html
principal-component-analysis | PCA (scikit-learn user guide) | https://scikit-learn.org/stable/modules/decomposition.html#pca
dimensionality-reduction | Decomposition (scikit-learn user guide) | https://scikit-learn.org/stable/modules/decomposition.html
anomaly-detection | Novelty and outlier detection (scikit-learn) | https://scikit-learn.org/stable/modules/outlier_detection.html
feature-engineering | Feature Engineering (Kaggle Learn) | https://www.kaggle.com/learn/feature-engineering
unsupervised-learning | Unsupervised learning (scikit-learn user guide) | https://scikit-learn.org/stable/unsupervised_learning.html
supervised-learning | Supervised learning (scikit-learn user guide) | https://scikit-learn.org/stable/supervised_learning.html
xgboost | XGBoost tutorials | https://xgboost.readthedocs.io/en/stable/tutorials/index.html
reinforcement-learning | Spinning Up in Deep RL (OpenAI) | https://spinningup.openai.com/
computer-vision | Computer Vision (Kaggle Learn) | https://www.kaggle.com/learn/computer-vision
pytorch | PyTorch tutorials | https://pytorch.org/tutorials/
cloud-computing | Cloud computing concepts (Microsoft Learn: Azure fundamentals) | https://learn.microsoft.com/en-us/training/paths/microsoft-azure-fundamentals-describe-cloud-concepts/
cloud-native | Cloud native glossary (CNCF) | https://glossary.cncf.io/
serverless | Serverless Land (AWS) | https://serverlessland.com/
experimental-design | Experimental design (Khan Academy) | https://www.khanacademy.org/math/statistics-probability/designing-studies
hypothesis-testing | Significance tests (Khan Academy) | https://www.khanacademy.org/math/statistics-probability/significance-tests-one-sample
ab-testing | Trustworthy online controlled experiments (Udacity A/B testing course) | https://www.udacity.com/course/ab-testing--ud257
forecasting | Forecasting: Principles and Practice (free book) | https://otexts.com/fpp3/
time-series-analysis | Forecasting: Principles and Practice (free book) | https://otexts.com/fpp3/
devops | DevOps learning path (Microsoft Learn) | https://learn.microsoft.com/en-us/devops/
ci-cd | GitHub Actions: continuous integration (docs) | https://docs.github.com/en/actions/automating-builds-and-tests/about-continuous-integration
continuous-integration | GitHub Actions: continuous integration (docs) | https://docs.github.com/en/actions/automating-builds-and-tests/about-continuous-integration
continuous-delivery | Continuous delivery (continuousdelivery.com) | https://continuousdelivery.com/
jenkins | Jenkins guided tour | https://www.jenkins.io/doc/pipeline/tour/getting-started/
object-oriented-programming | Classes (The Python Tutorial) | https://docs.python.org/3/tutorial/classes.html
elasticsearch | Elasticsearch getting started | https://www.elastic.co/guide/en/elasticsearch/reference/current/getting-started.html
rest | RESTful web API design (Microsoft Learn) | https://learn.microsoft.com/en-us/azure/architecture/best-practices/api-design
mapreduce | MapReduce tutorial (hadoop.apache.org) | https://hadoop.apache.org/docs/stable/hadoop-mapreduce-client/hadoop-mapreduce-client-core/MapReduceTutorial.html
unix | The Linux command line (free book) | https://linuxcommand.org/tlcl.php
command-line | The Linux command line (free book) | https://linuxcommand.org/tlcl.php
shell-scripting | Bash scripting (linuxcommand.org) | https://linuxcommand.org/lc3_writing_shell_scripts.php
bash | GNU Bash manual | https://www.gnu.org/software/bash/manual/
snowflake | Snowflake quickstarts | https://quickstarts.snowflake.com/
databricks | Databricks getting started | https://docs.databricks.com/en/getting-started/index.html
data-lake | What is a data lake? (Microsoft Learn) | https://learn.microsoft.com/en-us/azure/architecture/data-guide/scenarios/data-lake
data-cleaning | Data Cleaning (Kaggle Learn) | https://www.kaggle.com/learn/data-cleaning
code-review | Google engineering practices: code review | https://google.github.io/eng-practices/review/
html | HTML basics (MDN) | https://developer.mozilla.org/en-US/docs/Learn_web_development/Core/Structuring_content
css | CSS styling basics (MDN) | https://developer.mozilla.org/en-US/docs/Learn_web_development/Core/Styling_basics
d3js | D3 getting started | https://d3js.org/getting-started
database-design | Database design course (Stanford, edX) | https://www.edx.org/learn/databases
spss | IBM SPSS Statistics documentation | https://www.ibm.com/docs/en/spss-statistics
jupyter | Jupyter documentation | https://docs.jupyter.org/en/latest/
apache-airflow | Airflow tutorial (airflow.apache.org) | https://airflow.apache.org/docs/apache-airflow/stable/tutorial/index.html
dbt | dbt Learn (free courses) | https://learn.getdbt.com/
data-integration | Azure Data Factory introduction (Microsoft Learn) | https://learn.microsoft.com/en-us/azure/data-factory/introduction
ssis | SSIS tutorials (Microsoft Learn) | https://learn.microsoft.com/en-us/sql/integration-services/integration-services-tutorials
ssrs | Reporting Services tutorials (Microsoft Learn) | https://learn.microsoft.com/en-us/sql/reporting-services/reporting-services-tutorials-ssrs
ssas | Analysis Services tutorials (Microsoft Learn) | https://learn.microsoft.com/en-us/analysis-services/analysis-services-tutorials-ssas
software-development-life-cycle | Software engineering at Google (free book) | https://abseil.io/resources/swe-book
microservices | Microservices patterns (microservices.io) | https://microservices.io/
csharp | C# tutorials (Microsoft Learn) | https://learn.microsoft.com/en-us/dotnet/csharp/tour-of-csharp/tutorials/
dotnet | .NET learning center | https://dotnet.microsoft.com/en-us/learn
cybersecurity | Google Cybersecurity certificate (Coursera, free to audit) | https://www.coursera.org/professional-certificates/google-cybersecurity
information-security | OWASP Top Ten | https://owasp.org/www-project-top-ten/
application-security | OWASP Top Ten | https://owasp.org/www-project-top-ten/
secure-coding | OWASP Cheat Sheet Series | https://cheatsheetseries.owasp.org/
penetration-testing | PortSwigger Web Security Academy | https://portswigger.net/web-security
network-security | Cisco Networking Academy: cybersecurity | https://www.netacad.com/cybersecurity
jira | Jira tutorials (Atlassian) | https://www.atlassian.com/software/jira/guides
confluence | Confluence tutorials (Atlassian) | https://www.atlassian.com/software/confluence/guides
redis | Redis University (free courses) | https://university.redis.io/
apache-cassandra | Cassandra getting started | https://cassandra.apache.org/_/quickstart.html
apache-hbase | HBase reference guide | https://hbase.apache.org/book.html
apache-flink | Flink first steps | https://nightlies.apache.org/flink/flink-docs-stable/docs/try-flink/local_installation/
apache-nifi | NiFi getting started | https://nifi.apache.org/docs/nifi-docs/html/getting-started.html
presto | Presto documentation | https://prestodb.io/docs/current/
looker | Looker training (Google Cloud Skills Boost) | https://www.cloudskillsboost.google/paths/28
qlik | Qlik Continuous Classroom (free) | https://learning.qlik.com/
alteryx | Alteryx Academy | https://community.alteryx.com/t5/Learn/ct-p/learn
data-governance | Data governance (DAMA International) | https://www.dama.org/cpages/body-of-knowledge
exploratory-data-analysis | Pandas (Kaggle Learn) | https://www.kaggle.com/learn/pandas
recommender-systems | Recommendation systems (Google for Developers) | https://developers.google.com/machine-learning/recommendation
gis | QGIS training manual | https://docs.qgis.org/latest/en/docs/training_manual/
arcgis | ArcGIS Learn (Esri) | https://learn.arcgis.com/
econometrics | Introduction to Econometrics with R (free book) | https://www.econometrics-with-r.org/
genomics | Genomic Data Science (Coursera, free to audit) | https://www.coursera.org/specializations/genomic-data-science
bioinformatics | Rosalind: learn bioinformatics through problems | https://rosalind.info/
molecular-biology | Biology 2e (OpenStax, free textbook) | https://openstax.org/details/books/biology-2e
cell-biology | Biology 2e (OpenStax, free textbook) | https://openstax.org/details/books/biology-2e
biochemistry | Biochemistry (Khan Academy MCAT) | https://www.khanacademy.org/test-prep/mcat/biomolecules
immunology | Immunology (Khan Academy) | https://www.khanacademy.org/science/biology/human-biology/immunology
pharmacology | Pharmacology (Khan Academy health and medicine) | https://www.khanacademy.org/science/health-and-medicine
biostatistics | Statistics and probability (Khan Academy) | https://www.khanacademy.org/math/statistics-probability
react | React: Quick Start (react.dev) | https://react.dev/learn
typescript | TypeScript handbook | https://www.typescriptlang.org/docs/handbook/intro.html
nodejs | Learn Node.js (nodejs.org) | https://nodejs.org/en/learn/getting-started/introduction-to-nodejs
angular | Angular tutorials (angular.dev) | https://angular.dev/tutorials
vuejs | Vue.js tutorial | https://vuejs.org/tutorial/
nextjs | Learn Next.js | https://nextjs.org/learn
svelte | Svelte tutorial | https://svelte.dev/tutorial
graphql | Learn GraphQL (graphql.org) | https://graphql.org/learn/
json | Working with JSON (MDN) | https://developer.mozilla.org/en-US/docs/Learn_web_development/Core/Scripting/JSON
xml | XML introduction (MDN) | https://developer.mozilla.org/en-US/docs/Web/XML/Guides/XML_introduction
flask | Flask tutorial | https://flask.palletsprojects.com/en/stable/tutorial/
django | Django tutorial | https://docs.djangoproject.com/en/stable/intro/tutorial01/
ruby | Ruby in Twenty Minutes | https://www.ruby-lang.org/en/documentation/quickstart/
ruby-on-rails | Rails getting started guide | https://guides.rubyonrails.org/getting_started.html
php | PHP manual: getting started | https://www.php.net/manual/en/getting-started.php
laravel | Laravel Bootcamp | https://bootcamp.laravel.com/
go | A Tour of Go | https://go.dev/tour/
rust | The Rust Programming Language (book) | https://doc.rust-lang.org/book/
kotlin | Kotlin getting started | https://kotlinlang.org/docs/getting-started.html
swift | The Swift Programming Language (book) | https://docs.swift.org/swift-book/
swiftui | SwiftUI tutorials (Apple) | https://developer.apple.com/tutorials/swiftui
ios | Develop in Swift tutorials (Apple) | https://developer.apple.com/tutorials/develop-in-swift/
android | Android Basics with Compose (Google) | https://developer.android.com/courses/android-basics-compose/course
flutter | Flutter: get started | https://docs.flutter.dev/get-started
dart | Dart language tour | https://dart.dev/language
react-native | React Native: getting started | https://reactnative.dev/docs/getting-started
perl | Learn Perl (perl.org) | https://www.perl.org/learn.html
haskell | Learn You a Haskell (free book) | https://learnyouahaskell.github.io/
elixir | Elixir getting started | https://hexdocs.pm/elixir/introduction.html
julia | Julia learning resources | https://julialang.org/learning/
spring | Spring guides | https://spring.io/guides
spring-boot | Spring Boot getting started | https://spring.io/guides/gs/spring-boot
design-patterns | Refactoring Guru: design patterns | https://refactoring.guru/design-patterns
system-design | The System Design Primer | https://github.com/donnemartin/system-design-primer
tdd | Test-driven development (Martin Fowler) | https://martinfowler.com/bliki/TestDrivenDevelopment.html
unit-testing | Unit test (Martin Fowler) | https://martinfowler.com/bliki/UnitTest.html
test-automation | Playwright getting started | https://playwright.dev/docs/intro
selenium | Selenium documentation | https://www.selenium.dev/documentation/
cypress | Cypress getting started | https://docs.cypress.io/app/get-started/why-cypress
jest | Jest getting started | https://jestjs.io/docs/getting-started
pytest | pytest getting started | https://docs.pytest.org/en/stable/getting-started.html
terraform | Terraform tutorials (HashiCorp) | https://developer.hashicorp.com/terraform/tutorials
ansible | Ansible getting started | https://docs.ansible.com/ansible/latest/getting_started/index.html
infrastructure-as-code | Terraform tutorials (HashiCorp) | https://developer.hashicorp.com/terraform/tutorials
prometheus | Prometheus getting started | https://prometheus.io/docs/prometheus/latest/getting_started/
grafana | Grafana tutorials | https://grafana.com/tutorials/
splunk | Splunk free training | https://www.splunk.com/en_us/training/free-courses/overview.html
site-reliability-engineering | Site Reliability Engineering (Google, free book) | https://sre.google/sre-book/table-of-contents/
observability | OpenTelemetry getting started | https://opentelemetry.io/docs/getting-started/
linux-administration | Linux Journey (free lessons) | https://linuxjourney.com/
networking | Computer networking (Khan Academy) | https://www.khanacademy.org/computing/computers-and-internet/xcae6f4a7ff015e7d:the-internet
tcp-ip | Computer networking (Khan Academy) | https://www.khanacademy.org/computing/computers-and-internet/xcae6f4a7ff015e7d:the-internet
iot | AWS IoT getting started | https://docs.aws.amazon.com/iot/latest/developerguide/iot-gs.html
high-performance-computing | HPC Carpentry lessons | https://www.hpc-carpentry.org/
scientific-computing | Software Carpentry lessons | https://software-carpentry.org/lessons/
mathematical-optimization | Convex Optimization (Boyd and Vandenberghe, free book) | https://web.stanford.edu/~boyd/cvxbook/
operations-research | Google OR-Tools guides | https://developers.google.com/optimization/introduction
ggplot2 | ggplot2: elegant graphics (free book) | https://ggplot2-book.org/
shiny | Shiny getting started | https://shiny.posit.co/r/getstarted/
text-mining | Text Mining with R (free book) | https://www.tidytextmining.com/
data-wrangling | R for Data Science: transform (free book) | https://r4ds.hadley.nz/data-transform
google-analytics | Google Analytics training (Google Skillshop) | https://skillshop.withgoogle.com/
web-analytics | Google Analytics training (Google Skillshop) | https://skillshop.withgoogle.com/
seo | SEO starter guide (Google Search Central) | https://developers.google.com/search/docs/fundamentals/seo-starter-guide
google-ads | Google Ads training (Google Skillshop) | https://skillshop.withgoogle.com/
google-tag-manager | Google Tag Manager training (Google Skillshop) | https://skillshop.withgoogle.com/
digital-marketing | Fundamentals of Digital Marketing (Google) | https://skillshop.withgoogle.com/
content-marketing | Content marketing course (HubSpot Academy, free) | https://academy.hubspot.com/courses/content-marketing
inbound-marketing | Inbound marketing course (HubSpot Academy, free) | https://academy.hubspot.com/courses/inbound-marketing
email-marketing | Email marketing course (HubSpot Academy, free) | https://academy.hubspot.com/courses/email-marketing
social-media-marketing | Social media marketing course (HubSpot Academy, free) | https://academy.hubspot.com/courses/social-media
hubspot | HubSpot Academy (free courses) | https://academy.hubspot.com/
marketing-automation | HubSpot Academy (free courses) | https://academy.hubspot.com/
copywriting | Copywriting course (HubSpot Academy, free) | https://academy.hubspot.com/courses/copywriting
meta-ads | Meta Blueprint (free courses) | https://www.facebook.com/business/learn
crm | CRM basics (Salesforce Trailhead) | https://trailhead.salesforce.com/content/learn/modules/crm-basics
salesforce | Salesforce Trailhead (free) | https://trailhead.salesforce.com/
salesforce-sales-cloud | Sales Cloud basics (Salesforce Trailhead) | https://trailhead.salesforce.com/
microsoft-dynamics-365 | Dynamics 365 training (Microsoft Learn) | https://learn.microsoft.com/en-us/training/dynamics365/
b2b-sales | Inbound sales course (HubSpot Academy, free) | https://academy.hubspot.com/courses/inbound-sales
accounting | Principles of Financial Accounting (OpenStax, free textbook) | https://openstax.org/details/books/principles-financial-accounting
financial-accounting | Principles of Financial Accounting (OpenStax, free textbook) | https://openstax.org/details/books/principles-financial-accounting
managerial-accounting | Principles of Managerial Accounting (OpenStax, free textbook) | https://openstax.org/details/books/principles-managerial-accounting
bookkeeping | Principles of Financial Accounting (OpenStax, free textbook) | https://openstax.org/details/books/principles-financial-accounting
gaap | FASB Accounting Standards Codification (basic view, free) | https://asc.fasb.org/
ifrs | IFRS Accounting Standards (IFRS Foundation) | https://www.ifrs.org/issued-standards/list-of-standards/
financial-modeling | Corporate finance (Khan Academy) | https://www.khanacademy.org/economics-finance-domain/core-finance
financial-analysis | Finance and capital markets (Khan Academy) | https://www.khanacademy.org/economics-finance-domain/core-finance
quickbooks | QuickBooks training (Intuit) | https://quickbooks.intuit.com/learn-support/en-us/training
payroll | Payroll basics (IRS small business tax center) | https://www.irs.gov/businesses/small-businesses-self-employed/employment-taxes
sap | SAP Learning (free courses) | https://learning.sap.com/
sap-erp | SAP Learning (free courses) | https://learning.sap.com/
talent-acquisition | Talent acquisition resources (SHRM) | https://www.shrm.org/topics-tools
recruiting | Recruiting best practices (SHRM resources) | https://www.shrm.org/topics-tools
workday-hcm | Workday education | https://www.workday.com/en-us/customer-experience/education.html
project-portfolio-management | Project management (PMI free resources) | https://www.pmi.org/learning/library
pmp | PMP certification (PMI) | https://www.pmi.org/certifications/project-management-pmp
prince2 | PRINCE2 overview (PeopleCert) | https://www.peoplecert.org/browse-certifications/project-programme-and-portfolio-management/PRINCE2-1
product-management | Product School free resources | https://productschool.com/resources
business-analysis | IIBA: business analysis resources | https://www.iiba.org/business-analysis-resources/
risk-management | Risk management (NIST Risk Management Framework) | https://csrc.nist.gov/projects/risk-management/about-rmf
change-management | Prosci ADKAR model | https://www.prosci.com/methodology/adkar
lean | Lean (Lean Enterprise Institute) | https://www.lean.org/explore-lean/
six-sigma | Six Sigma (ASQ resources) | https://asq.org/quality-resources/six-sigma
itil | ITIL 4 (PeopleCert/Axelos) | https://www.axelos.com/certifications/itil-service-management
figma | Figma Learn (free) | https://help.figma.com/hc/en-us/categories/360002051613
ux-design | Google UX Design certificate (Coursera, free to audit) | https://www.coursera.org/professional-certificates/google-ux-design
ui-design | Material Design 3 guidelines | https://m3.material.io/
user-research | User research methods (Nielsen Norman Group) | https://www.nngroup.com/articles/which-ux-research-methods/
prototyping | Prototyping in Figma (Figma Learn) | https://help.figma.com/hc/en-us/categories/360002051613
adobe-photoshop | Photoshop tutorials (Adobe) | https://helpx.adobe.com/photoshop/tutorials.html
adobe-illustrator | Illustrator tutorials (Adobe) | https://helpx.adobe.com/illustrator/tutorials.html
adobe-indesign | InDesign tutorials (Adobe) | https://helpx.adobe.com/indesign/tutorials.html
adobe-premiere-pro | Premiere Pro tutorials (Adobe) | https://helpx.adobe.com/premiere-pro/tutorials.html
adobe-after-effects | After Effects tutorials (Adobe) | https://helpx.adobe.com/after-effects/tutorials.html
canva | Canva Design School | https://www.canva.com/designschool/
blender | Blender tutorials | https://www.blender.org/support/tutorials/
autocad | AutoCAD learning (Autodesk) | https://www.autodesk.com/learn/ondemand/collection/autocad-for-beginners
solidworks | SOLIDWORKS tutorials | https://my.solidworks.com/training
supply-chain-management | Supply chain fundamentals (MIT OpenCourseWare) | https://ocw.mit.edu/courses/esd-273j-logistics-and-supply-chain-management-fall-2009/
logistics | Supply chain fundamentals (MIT OpenCourseWare) | https://ocw.mit.edu/courses/esd-273j-logistics-and-supply-chain-management-fall-2009/
inventory-management | Supply chain fundamentals (MIT OpenCourseWare) | https://ocw.mit.edu/courses/esd-273j-logistics-and-supply-chain-management-fall-2009/
gdpr | GDPR: guide for organisations (European Commission) | https://commission.europa.eu/law/law-topic/data-protection/reform/rules-business-and-organisations_en
data-privacy | Privacy basics (IAPP resources) | https://iapp.org/resources/
hipaa | HIPAA for professionals (HHS) | https://www.hhs.gov/hipaa/for-professionals/index.html
ehr | Health IT basics (HealthIT.gov) | https://www.healthit.gov/topic/health-it-basics
hl7 | HL7 standards introduction | https://www.hl7.org/implement/standards/
fhir | FHIR overview (hl7.org) | https://hl7.org/fhir/overview.html
medical-coding | ICD-10-CM official guidelines (CDC) | https://www.cdc.gov/nchs/icd/icd-10-cm/index.html
osha | OSHA training resources | https://www.osha.gov/training
english | English grammar and writing (BBC Learning English) | https://www.bbc.co.uk/learningenglish/
webassembly | WebAssembly concepts (MDN) | https://developer.mozilla.org/en-US/docs/WebAssembly/Guides/Concepts
jquery | jQuery learning center | https://learn.jquery.com/
tailwind-css | Tailwind CSS documentation | https://tailwindcss.com/docs/installation
sass | Sass basics | https://sass-lang.com/guide/
webpack | webpack getting started | https://webpack.js.org/guides/getting-started/
web-accessibility | Accessibility (MDN) | https://developer.mozilla.org/en-US/docs/Learn_web_development/Core/Accessibility
wcag | WCAG overview (W3C WAI) | https://www.w3.org/WAI/standards-guidelines/wcag/
openshift | OpenShift interactive learning (Red Hat) | https://developers.redhat.com/learn/openshift
azure-devops | Azure DevOps documentation | https://learn.microsoft.com/en-us/azure/devops/
gitlab | GitLab CI/CD quick start | https://docs.gitlab.com/ci/quick_start/
github-actions | GitHub Actions quickstart | https://docs.github.com/en/actions/writing-workflows/quickstart
argo-cd | Argo CD getting started | https://argo-cd.readthedocs.io/en/stable/getting_started/
nginx | NGINX beginner's guide | https://nginx.org/en/docs/beginners_guide.html
graph-databases | Neo4j GraphAcademy (free) | https://graphacademy.neo4j.com/
neo4j | Neo4j GraphAcademy (free) | https://graphacademy.neo4j.com/
sqlite | SQLite documentation | https://www.sqlite.org/docs.html
mariadb | MariaDB server documentation | https://mariadb.com/kb/en/documentation/
large-language-models | Hugging Face LLM course | https://huggingface.co/learn/llm-course
generative-ai | Generative AI for beginners (Microsoft, free) | https://microsoft.github.io/generative-ai-for-beginners/
prompt-engineering | Prompt engineering guide | https://www.promptingguide.ai/
langchain | LangChain tutorials | https://python.langchain.com/docs/tutorials/
hugging-face-transformers | Hugging Face Transformers documentation | https://huggingface.co/docs/transformers/index
mlops | MLOps (Google Cloud architecture center) | https://cloud.google.com/architecture/mlops-continuous-delivery-and-automation-pipelines-in-machine-learning
mlflow | MLflow getting started | https://mlflow.org/docs/latest/getting-started/index.html
opencv | OpenCV tutorials | https://docs.opencv.org/4.x/d9/df8/tutorial_root.html
data-architecture | Azure data architecture guide (Microsoft Learn) | https://learn.microsoft.com/en-us/azure/architecture/data-guide/
apache-pig | Pig getting started (pig.apache.org) | https://pig.apache.org/docs/latest/start.html
informatica | Informatica University | https://www.informatica.com/services-and-training/informatica-university.html
generalized-linear-models | Generalized linear models (statsmodels) | https://www.statsmodels.org/stable/glm.html
sap-businessobjects | SAP Learning (free courses) | https://learning.sap.com/
web-services | An overview of HTTP (MDN) | https://developer.mozilla.org/en-US/docs/Web/HTTP/Overview
requirements-gathering | Business analysis resources (IIBA) | https://www.iiba.org/business-analysis-resources/
dimensional-modeling | Dimensional modeling techniques (Kimball Group) | https://www.kimballgroup.com/data-warehouse-business-intelligence-resources/kimball-techniques/dimensional-modeling-techniques/
microsoft-windows | Windows help and learning (Microsoft Support) | https://support.microsoft.com/en-us/windows
gmp | CGMP regulations (U.S. FDA) | https://www.fda.gov/drugs/pharmaceutical-quality-resources/current-good-manufacturing-practice-cgmp-regulations
ich-guidelines | ICH quality guidelines | https://www.ich.org/page/quality-guidelines
clinical-trial-management | ICH efficacy guidelines (E6 good clinical practice) | https://www.ich.org/page/efficacy-guidelines
root-cause-analysis | Root cause analysis (ASQ) | https://asq.org/quality-resources/root-cause-analysis
stored-procedures | Create a stored procedure (Microsoft Learn) | https://learn.microsoft.com/en-us/sql/relational-databases/stored-procedures/create-a-stored-procedure
regulatory-affairs | Regulatory information (U.S. FDA) | https://www.fda.gov/regulatory-information
drug-development | The drug development process (U.S. FDA) | https://www.fda.gov/patients/learn-about-drug-and-device-approvals/drug-development-process
drug-discovery | The drug development process (U.S. FDA) | https://www.fda.gov/patients/learn-about-drug-and-device-approvals/drug-development-process
vertica | Vertica getting started | https://docs.vertica.com/latest/en/getting-started/
apache-sqoop | Sqoop user guide | https://sqoop.apache.org/docs/1.4.7/SqoopUserGuide.html
multivariate-analysis | Applied multivariate statistical analysis (Penn State STAT 505) | https://online.stat.psu.edu/stat505/
test-planning | ISTQB Certified Tester Foundation Level syllabus | https://www.istqb.org/certifications/certified-tester-foundation-level
h2o | H2O documentation | https://docs.h2o.ai/
technical-support | Google IT Support certificate (Coursera, free to audit) | https://www.coursera.org/professional-certificates/google-it-support
cpa | The CPA licence and exam (NASBA) | https://nasba.org/
acca | ACCA qualification (accaglobal.com) | https://www.accaglobal.com/
cima | CIMA qualification (AICPA & CIMA) | https://www.aicpa-cima.com/
cdl | Commercial driver's license (FMCSA) | https://www.fmcsa.dot.gov/registration/commercial-drivers-license
hgv-licence | Become a lorry or bus driver (GOV.UK) | https://www.gov.uk/become-lorry-bus-driver
driver-cpc | Driver CPC training (GOV.UK) | https://www.gov.uk/driver-cpc-training
forklift-certification | Powered industrial trucks (OSHA) | https://www.osha.gov/powered-industrial-trucks
forklift-operation | Powered industrial trucks (OSHA) | https://www.osha.gov/powered-industrial-trucks
osha-10 | OSHA Outreach Training Program | https://www.osha.gov/training/outreach
osha-30 | OSHA Outreach Training Program | https://www.osha.gov/training/outreach
servsafe | ServSafe (National Restaurant Association) | https://www.servsafe.com/
food-hygiene-certificate | Food hygiene for your business (Food Standards Agency) | https://www.food.gov.uk/business-guidance/food-hygiene-for-your-business
nvq | What qualification levels mean (GOV.UK) | https://www.gov.uk/what-different-qualification-levels-mean
city-and-guilds | City & Guilds qualifications | https://www.cityandguilds.com/
epa-608 | Section 608 technician certification (U.S. EPA) | https://www.epa.gov/section608
gas-safe | Gas Safe Register | https://www.gassaferegister.co.uk/
cscs-card | CSCS cards (Construction Skills Certification Scheme) | https://www.cscs.uk.com/
bar-admission | Bar admission and the bar exam (NCBE) | https://www.ncbex.org/
bls | Basic Life Support courses (American Heart Association) | https://cpr.heart.org/
acls | ACLS courses (American Heart Association) | https://cpr.heart.org/
pals | PALS courses (American Heart Association) | https://cpr.heart.org/
cpr-certification | CPR and first aid courses (American Heart Association) | https://cpr.heart.org/
first-aid-certification | First aid classes (American Red Cross) | https://www.redcross.org/take-a-class
ils | Immediate Life Support (Resuscitation Council UK) | https://www.resus.org.uk/
rn-license | Nurse licensure and the NCLEX (NCSBN) | https://www.ncsbn.org/
lpn-license | Nurse licensure and the NCLEX (NCSBN) | https://www.ncsbn.org/
nmc-registration | Registering as a nurse or midwife (NMC) | https://www.nmc.org.uk/registration/
rgn | Registering as a nurse (NMC) | https://www.nmc.org.uk/registration/
qts | Qualified teacher status (Get Into Teaching, DfE) | https://getintoteaching.education.gov.uk/
pgce | Teacher training and the PGCE (Get Into Teaching, DfE) | https://getintoteaching.education.gov.uk/
bs-7671 | BS 7671 wiring regulations (IET) | https://electrical.theiet.org/bs-7671/
`;

let curated: Map<string, LearnLink> | undefined;

/** The curated links, parsed once. */
export function curatedLearnLinks(): ReadonlyMap<string, LearnLink> {
  if (!curated) {
    curated = new Map();
    for (const line of CURATED.split('\n')) {
      const [id, label, url] = line.split('|').map((s) => s.trim());
      if (id && label && url) curated.set(id, { url, label });
    }
  }
  return curated;
}

/** Where to learn a skill: the curated link, or else a Wikipedia search for its name. */
export function learnLinkFor(skill: Pick<Skill, 'id' | 'name'>): LearnLink {
  return curatedLearnLinks().get(skill.id) ?? {
    url: `https://en.wikipedia.org/w/index.php?search=${encodeURIComponent(skill.name)}`,
    label: `Read about ${skill.name} on Wikipedia`,
  };
}
