export default `
# Data engineering and analytics: tools, platforms and named techniques.

# --- Spark and the Hadoop ecosystem
apache-spark | Apache Spark | Spark, Spark Core | | hadoop, pyspark, spark-sql, scala | amb e:w
pyspark | PySpark | Py Spark | apache-spark, python | spark-sql, pandas | e:w
spark-sql | Spark SQL | SparkSQL | apache-spark, sql | pyspark, apache-hive | e:w
spark-streaming | Spark Streaming | Spark Structured Streaming, Structured Streaming | apache-spark | kafka, apache-flink, stream-processing | e:w
spark-mllib | Spark MLlib | MLlib | apache-spark, machine-learning | pyspark, scikit-learn | e:w
hadoop | Hadoop | Apache Hadoop, Hadoop ecosystem | | hdfs, mapreduce, apache-hive, apache-spark | e:m
hdfs | HDFS | Hadoop Distributed File System | hadoop | mapreduce, apache-hive | e:d
mapreduce | MapReduce | Map Reduce, Hadoop MapReduce | hadoop | apache-spark, hdfs | e:w
apache-hive | Apache Hive | Hive | hadoop | hiveql, apache-impala, apache-spark | amb e:w
hiveql | HiveQL | Hive QL, Hive SQL | apache-hive, sql | spark-sql | e:d
apache-pig | Apache Pig | Pig, Pig Latin | hadoop | apache-hive, mapreduce | amb e:w
apache-hbase | Apache HBase | HBase | hadoop, nosql | apache-hive, hdfs | e:w
apache-impala | Apache Impala | Impala, Cloudera Impala | hadoop, sql | apache-hive | amb e:w
apache-oozie | Apache Oozie | Oozie | hadoop | apache-airflow | e:d
apache-sqoop | Apache Sqoop | Sqoop | hadoop | hdfs, etl | e:d
apache-flume | Apache Flume | Flume | hadoop | kafka | amb e:d
cloudera | Cloudera | Cloudera CDH, Cloudera Data Platform | hadoop | hortonworks | e:w
hortonworks | Hortonworks | Hortonworks Data Platform, HDP | hadoop | cloudera | e:w
apache-drill | Apache Drill | | sql | apache-hive, apache-impala | e:d
apache-parquet | Apache Parquet | Parquet | | apache-avro, apache-arrow | amb e:d
apache-avro | Apache Avro | Avro | | apache-parquet, kafka | e:d
apache-arrow | Apache Arrow | | | apache-parquet, pandas | e:d

# --- Streaming
kafka | Apache Kafka | Kafka | | kafka-streams, apache-flink, spark-streaming, stream-processing | amb e:w
kafka-streams | Kafka Streams | | kafka | ksqldb, apache-flink | e:w
ksqldb | ksqlDB | KSQL | kafka, sql | kafka-streams | e:d
confluent-platform | Confluent Platform | Confluent Cloud | kafka | kafka-streams | e:w
apache-flink | Apache Flink | Flink, PyFlink | stream-processing | kafka, spark-streaming | amb e:w
apache-storm | Apache Storm | Storm | stream-processing | kafka, apache-flink | amb e:w
apache-beam | Apache Beam | Beam | | apache-flink, apache-spark | amb e:w
stream-processing | Stream Processing | streaming data processing, event stream processing, real-time stream processing, data streaming | | kafka, apache-flink, spark-streaming | e:w

# --- Orchestration, ETL and ELT
apache-airflow | Apache Airflow | Airflow | python | luigi, prefect, dagster, dbt | cs e:w
luigi | Luigi | | python | apache-airflow | amb e:d
prefect | Prefect | | python | apache-airflow, dagster | amb e:d
dagster | Dagster | | python | apache-airflow, dbt | e:d
apache-nifi | Apache NiFi | NiFi, Ni-Fi | | kafka, etl | e:w
etl | ETL | Extract Transform Load, Extract-Transform-Load, ETL development, ETL processes | | elt, data-warehousing, ssis, informatica | e:w
elt | ELT | Extract Load Transform | | etl, dbt, fivetran | e:w
data-integration | Data Integration | | | etl, elt, informatica | e:w
data-migration | Data Migration | data conversion | | etl, data-integration | e:w
dbt | dbt | data build tool, dbt Core, dbt Cloud | sql | elt, snowflake, data-modeling, apache-airflow | cs e:w
fivetran | Fivetran | | elt | dbt, airbyte, snowflake | e:d
airbyte | Airbyte | | elt | fivetran | e:d
stitch-data | Stitch Data | Stitch ETL | elt | fivetran | e:d
matillion | Matillion | Matillion ETL | etl | snowflake, dbt | e:w
informatica | Informatica | Informatica PowerCenter, PowerCenter | etl | talend, ssis, ibm-datastage | e:w
talend | Talend | Talend Open Studio | etl | informatica, apache-nifi | e:w
ibm-datastage | IBM DataStage | DataStage, InfoSphere DataStage | etl | informatica | e:w
ab-initio | Ab Initio | | etl | informatica | amb e:w
oracle-data-integrator | Oracle Data Integrator | | etl | informatica | e:w
sap-data-services | SAP Data Services | SAP BODS, BODS, SAP BusinessObjects Data Services, BusinessObjects Data Services, SAP BO Data Services | etl, sap | informatica, talend, sap-businessobjects | cs e:w
ibm-infosphere-information-server | IBM InfoSphere Information Server | InfoSphere Information Server, IBM Information Server | etl | ibm-datastage, informatica | e:w
sas-data-management | SAS Data Management | | etl, sas | informatica | e:w
oracle-warehouse-builder | Oracle Warehouse Builder | OWB | etl, oracle-database | oracle-data-integrator | cs e:w
pentaho | Pentaho | Pentaho Data Integration | etl | talend | e:w
ssis | SSIS | SQL Server Integration Services, MS SSIS | etl, sql-server | ssrs, ssas | e:w
ssrs | SSRS | SQL Server Reporting Services, MS SSRS | sql-server | ssis, ssas, crystal-reports, power-bi | e:w
ssas | SSAS | SQL Server Analysis Services, MS SSAS | sql-server | ssis, dax | e:w
alteryx | Alteryx | Alteryx Designer | | knime, tableau, etl | e:w
knime | KNIME | KNIME Analytics Platform | | alteryx, rapidminer | e:w
rapidminer | RapidMiner | | | knime, alteryx | e:w
dataiku | Dataiku | Dataiku DSS | | alteryx, knime | e:w
web-scraping | Web Scraping | web crawling, data scraping, screen scraping | | beautiful-soup, scrapy, python | e:w
beautiful-soup | Beautiful Soup | BeautifulSoup, BS4 | web-scraping, python | scrapy | e:d
scrapy | Scrapy | | web-scraping, python | beautiful-soup | e:d

# --- Warehousing, lakes and modeling
data-warehousing | Data Warehousing | data warehouse, enterprise data warehouse, DWH, EDW, data warehouse design | | etl, dimensional-modeling, snowflake, data-lake | e:m
data-lake | Data Lake | | | data-lakehouse, hadoop, data-warehousing | e:w
data-lakehouse | Data Lakehouse | lakehouse architecture | | data-lake, data-warehousing | e:w
data-mesh | Data Mesh | | | data-governance, data-lakehouse | e:w
data-modeling | Data Modeling | data modelling, data models | | dimensional-modeling, data-warehousing, sql | e:w
conceptual-data-modeling | Conceptual Data Modeling | conceptual data modelling, conceptual data models | data-modeling | logical-data-modeling | e:w
logical-data-modeling | Logical Data Modeling | logical data modelling, logical data models | data-modeling | physical-data-modeling | e:w
physical-data-modeling | Physical Data Modeling | physical data modelling, physical data models | data-modeling | logical-data-modeling | e:w
dimensional-modeling | Dimensional Modeling | dimensional modelling, dimensional data modeling, dimensional models | data-modeling, data-warehousing | star-schema, kimball-methodology | e:w
star-schema | Star Schema | star schemas | dimensional-modeling | snowflake-schema | e:d
snowflake-schema | Snowflake Schema | | dimensional-modeling | star-schema | e:d
kimball-methodology | Kimball Methodology | Kimball | dimensional-modeling | inmon-methodology | amb e:w
inmon-methodology | Inmon Methodology | Inmon | data-warehousing | kimball-methodology | amb e:w
data-vault | Data Vault | Data Vault 2.0 | data-modeling, data-warehousing | dimensional-modeling | e:w
data-architecture | Data Architecture | | | data-modeling, data-warehousing, data-governance | e:m

# --- Governance and quality
data-governance | Data Governance | | | master-data-management, data-stewardship, data-lineage, collibra | e:w
master-data-management | Master Data Management | MDM | data-governance | data-quality-management | amb e:w
data-stewardship | Data Stewardship | | data-governance | master-data-management | e:w
data-lineage | Data Lineage | | data-governance | collibra | e:d
data-profiling | Data Profiling | | data-quality-management | data-validation | e:d
data-quality-management | Data Quality Management | | data-governance | data-validation | e:w
data-quality-assessment | Data Quality Assessment | data quality analysis, data quality assessments | data-quality-management | data-profiling | e:w
digital-curation | Digital Curation | | | data-governance | e:w
collibra | Collibra | | data-governance | alation | e:w
alation | Alation | | data-governance | collibra | e:d
great-expectations | Great Expectations | | python | data-validation, dbt | amb e:d

# --- BI and reporting
business-intelligence | Business Intelligence | BI | | tableau, power-bi, data-warehousing | cs e:m
tableau | Tableau | Tableau Desktop, Tableau Software | | power-bi, looker, data-visualization | e:w
tableau-prep | Tableau Prep | Tableau Prep Builder | tableau | alteryx | e:d
power-bi | Power BI | Microsoft Power BI, PowerBI, MS Power BI, Power BI Desktop | | dax, tableau, microsoft-excel | e:w
dax | DAX | Data Analysis Expressions | power-bi | ssas | amb e:w
looker | Looker | Google Looker | | lookml, looker-studio, tableau | e:w
lookml | LookML | | looker | looker-studio | e:w
looker-studio | Looker Studio | Google Data Studio, Data Studio, Google Looker Studio | | looker, google-analytics | e:d
qlik | Qlik | Qlik Cloud | | qlikview, qlik-sense | e:w
qlikview | QlikView | Qlik View | qlik | qlik-sense | e:w
qlik-sense | Qlik Sense | QlikSense | qlik | qlikview | e:w
microstrategy | MicroStrategy | | | ibm-cognos, sap-businessobjects | e:w
ibm-cognos | IBM Cognos | Cognos, Cognos Analytics | | microstrategy, sap-businessobjects | e:w
sap-businessobjects | SAP BusinessObjects | BusinessObjects, Business Objects, SAP BO, SAP BOBJ | | crystal-reports, ibm-cognos, sap | e:w
crystal-reports | Crystal Reports | SAP Crystal Reports, Crystal Reporting | | ssrs, sap-businessobjects | e:w
tibco-spotfire | TIBCO Spotfire | Spotfire | | tableau | e:w
sisense | Sisense | | | tableau | e:w
domo | Domo | | | tableau | cs e:w
thoughtspot | ThoughtSpot | | | tableau | e:d
metabase | Metabase | | | apache-superset | e:d
apache-superset | Apache Superset | Superset | | metabase | amb e:d
mode-analytics | Mode Analytics | | | looker | e:d
oracle-bi | Oracle BI | Oracle Business Intelligence, OBIEE, Oracle Analytics Cloud | | tableau | e:w
periscope-data | Periscope Data | Periscope | | mode-analytics, looker | e:d
webfocus | WebFOCUS | IBM WebFOCUS | | ibm-cognos | e:w

# --- Analysis, visualization and mining
data-analysis | Data Analysis | | | statistics, data-visualization, sql, microsoft-excel | e:m
data-science | Data Science | | | machine-learning, statistics, python, data-analysis | e:m
data-engineering | Data Engineering | | | etl, apache-spark, data-modeling, data-warehousing | e:m
business-analytics | Business Analytics | business data analytics | | business-intelligence, data-analysis | e:m
quantitative-analysis | Quantitative Analysis | quantitative data analysis, quant analysis | | statistics, data-analysis | e:m
decision-support-systems | Decision Support Systems | decision support system, decision support software, decision support tools | | business-intelligence | e:w
exploratory-data-analysis | Exploratory Data Analysis | | data-analysis | data-visualization, pandas | e:w
data-visualization | Data Visualization | data visualisation, data viz, dataviz, visualization, visualisation | | tableau, power-bi, matplotlib | e:w
data-cleaning | Data Cleaning | data cleansing, data scrubbing | | data-wrangling, pandas | e:w
data-wrangling | Data Wrangling | data munging, munging | | data-cleaning, pandas | e:w
data-validation | Data Validation | | | data-cleaning, great-expectations | e:d
data-mining | Data Mining | | | machine-learning, statistics, text-mining | e:m
text-mining | Text Mining | text analytics | | natural-language-processing, data-mining | e:w
predictive-analytics | Predictive Analytics | | | predictive-modeling, machine-learning | e:m
prescriptive-analytics | Prescriptive Analytics | | | mathematical-optimization, predictive-analytics | e:m
cohort-analysis | Cohort Analysis | | | ab-testing | e:d
propensity-modeling | Propensity Modeling | propensity modelling, propensity models | predictive-modeling | uplift-modeling | e:w
uplift-modeling | Uplift Modeling | uplift modelling | predictive-modeling | causal-inference, ab-testing | e:w

# --- Statistics
statistics | Statistics | statistical analysis, statistical methods, statistical techniques, applied statistics, statistical methodology | | r, sas, hypothesis-testing, regression-analysis | e:m
descriptive-statistics | Descriptive Statistics | | statistics | inferential-statistics | e:d
inferential-statistics | Inferential Statistics | statistical inference | statistics | hypothesis-testing | e:w
statistical-modeling | Statistical Modeling | statistical modelling, statistical models | statistics | regression-analysis, predictive-modeling | e:m
hypothesis-testing | Hypothesis Testing | statistical testing, significance testing, statistical hypothesis testing | statistics | ab-testing, anova | e:w
regression-analysis | Regression Analysis | Regression, regression modeling, regression modelling, regression models | statistics | linear-regression, logistic-regression | e:w
linear-regression | Linear Regression | OLS regression, ordinary least squares | regression-analysis | logistic-regression | e:d
logistic-regression | Logistic Regression | logit regression | regression-analysis | linear-regression, classification | e:d
generalized-linear-models | Generalized Linear Models | GLM, GLMs, generalised linear models | regression-analysis | logistic-regression | e:w
multilevel-modeling | Multilevel Modeling | multilevel modelling, multilevel models, hierarchical linear modeling, hierarchical modeling, mixed effects models, mixed-effects models | statistics | regression-analysis | e:w
anova | ANOVA | analysis of variance | statistics | hypothesis-testing | e:d
multivariate-analysis | Multivariate Analysis | multivariate data analysis, multivariate statistics, MVDA | statistics | principal-component-analysis, factor-analysis | e:w
factor-analysis | Factor Analysis | | multivariate-analysis | structural-equation-modeling | e:w
structural-equation-modeling | Structural Equation Modeling | structural equation modelling | statistics | factor-analysis | e:w
bayesian-statistics | Bayesian Statistics | Bayesian inference, Bayesian methods, Bayesian analysis, Bayesian modeling, Bayesian modelling | statistics | mcmc, pymc | e:m
mcmc | Markov Chain Monte Carlo | MCMC | bayesian-statistics | monte-carlo-simulation | e:w
pymc | PyMC | PyMC3 | bayesian-statistics, python | mcmc | e:w
time-series-analysis | Time Series Analysis | time-series analysis, time series modeling, time series modelling | statistics | forecasting, arima | e:w
arima | ARIMA | | time-series-analysis | time-series-forecasting | e:d
forecasting | Forecasting | statistical forecasting | | time-series-forecasting, predictive-modeling | e:w
time-series-forecasting | Time Series Forecasting | time-series forecasting | time-series-analysis, forecasting | arima | e:w
survival-analysis | Survival Analysis | time-to-event analysis | statistics | biostatistics | e:w
longitudinal-data-analysis | Longitudinal Data Analysis | longitudinal analysis | statistics | multilevel-modeling | e:w
causal-inference | Causal Inference | | statistics | ab-testing, econometrics | e:m
econometrics | Econometrics | econometric modeling, econometric modelling, econometric analysis | statistics | regression-analysis, causal-inference | e:m
biostatistics | Biostatistics | | statistics | survival-analysis | e:m
psychometrics | Psychometrics | psychometric analysis | statistics | item-response-theory | e:m
item-response-theory | Item Response Theory | IRT | psychometrics | | e:w
ab-testing | A/B Testing | A/B test, AB testing, AB test, split testing, A/B/n testing | hypothesis-testing | experimental-design, causal-inference | e:w
experimental-design | Experimental Design | Design of Experiments, design of experiment, experiment design | statistics | ab-testing, anova | e:w
monte-carlo-simulation | Monte Carlo Simulation | Monte Carlo methods, Monte Carlo analysis, Monte Carlo simulations | statistics | mcmc | e:w
predictive-modeling | Predictive Modeling | predictive modelling, predictive models | statistical-modeling | machine-learning, predictive-analytics | e:m
geostatistics | Geostatistics | | statistics | gis | e:w
nonparametric-statistics | Nonparametric Statistics | non-parametric statistics, nonparametric methods, non-parametric methods, nonparametric tests, non-parametric tests | statistics | hypothesis-testing | e:w
probability-theory | Probability Theory | | | statistics, stochastic-modeling, bayesian-statistics | e:m
stochastic-modeling | Stochastic Modeling | stochastic modelling, stochastic processes | probability-theory | monte-carlo-simulation | e:m

# --- Optimization and operations research
operations-research | Operations Research | operational research | | mathematical-optimization, linear-programming | e:m
mathematical-optimization | Mathematical Optimization | optimization techniques, numerical optimization, optimization modeling, optimization algorithms | | operations-research, linear-programming | e:m
linear-programming | Linear Programming | | mathematical-optimization | mixed-integer-programming | e:w
mixed-integer-programming | Mixed-Integer Programming | MILP, mixed integer linear programming | mathematical-optimization | linear-programming, gurobi | e:w
gurobi | Gurobi | Gurobi Optimizer | mathematical-optimization | cplex | e:w
cplex | CPLEX | IBM CPLEX, IBM ILOG CPLEX | mathematical-optimization | gurobi | e:w
discrete-event-simulation | Discrete Event Simulation | discrete-event modeling | | anylogic, monte-carlo-simulation | e:w
anylogic | AnyLogic | | discrete-event-simulation | | e:w
simulation-modeling | Simulation Modeling | simulation modelling, computer simulation, computer simulations | | discrete-event-simulation, monte-carlo-simulation, anylogic | e:w

# --- Statistical software
sas | SAS | Base SAS, SAS Base, SAS programming, SAS Enterprise Guide, SAS/STAT | | spss, stata, r | amb cs e:m
spss | SPSS | IBM SPSS, IBM SPSS Statistics, SPSS Statistics | statistics | sas, stata | e:w
stata | Stata | | statistics | sas, r | amb e:w
jmp | JMP | SAS JMP | statistics | minitab, sas | cs e:w
minitab | Minitab | | statistics | jmp | e:d
eviews | EViews | | econometrics | stata | e:w
statistica | Statistica | TIBCO Statistica, STATISTICA | statistics | spss | e:w
sas-visual-analytics | SAS Visual Analytics | | sas | tableau | e:w
sas-enterprise-miner | SAS Enterprise Miner | | sas, data-mining | | e:w

# --- R and Python data libraries
tidyverse | tidyverse | | r | dplyr, ggplot2 | e:w
dplyr | dplyr | | r | tidyverse, tidyr | e:d
tidyr | tidyr | | r | dplyr | e:d
ggplot2 | ggplot2 | ggplot | r | tidyverse, data-visualization | e:d
shiny | Shiny | R Shiny, RShiny | r | plotly-dash, streamlit | amb e:w
r-markdown | R Markdown | RMarkdown | r | jupyter | e:d
rstudio | RStudio | R Studio | r | jupyter | e:d
pandas | pandas | Python pandas | python | numpy, data-wrangling, polars | e:w
numpy | NumPy | | python | pandas, scipy | e:w
scipy | SciPy | | python | numpy, statsmodels | e:w
statsmodels | statsmodels | | python, statistics | scipy | e:d
polars | Polars | | python | pandas | e:d
matplotlib | Matplotlib | pyplot | python | seaborn, plotly | e:d
seaborn | seaborn | | python | matplotlib | e:d
plotly | Plotly | Plotly Express | | plotly-dash, matplotlib | e:d
plotly-dash | Plotly Dash | Dash | python | plotly, streamlit | amb e:w
bokeh | Bokeh | | python | plotly | amb e:d
streamlit | Streamlit | | python | plotly-dash, shiny | e:d
jupyter | Jupyter | Jupyter Notebook, Jupyter Notebooks, JupyterLab, Jupyter Lab, IPython Notebook | | python, google-colab | e:d
google-colab | Google Colab | Colab, Colaboratory | | jupyter | e:d
anaconda | Anaconda | Anaconda Distribution | python | jupyter | amb e:d
scientific-computing | Scientific Computing | scientific programming | | numpy, scipy, matlab | e:m
apache-zeppelin | Apache Zeppelin | Zeppelin | | jupyter, apache-spark | amb e:d
`;
