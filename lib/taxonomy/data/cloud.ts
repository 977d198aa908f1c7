export default `
# Cloud concepts
cloud-computing | Cloud Computing | cloud computing platforms, cloud platforms, cloud technologies | | aws, azure, gcp, cloud-native | e:m
cloud-native | Cloud-Native | cloud native, cloud-native applications, cloud native applications, cloud-native development | cloud-computing | kubernetes, microservices, docker | e:m
serverless | Serverless | serverless architecture, serverless architectures, serverless computing, serverless applications, serverless functions | cloud-computing | aws-lambda, azure-functions, google-cloud-functions, cloudflare-workers | e:w
multi-cloud | Multi-Cloud | multicloud, multi cloud, multi-cloud environments | cloud-computing | hybrid-cloud, aws, azure, gcp | e:w
hybrid-cloud | Hybrid Cloud | hybrid cloud environments, hybrid cloud infrastructure | cloud-computing | multi-cloud, azure-arc, anthos, vmware | e:w
cloud-migration | Cloud Migration | cloud migrations, migration to the cloud, cloud modernization | cloud-computing | aws, azure, gcp, aws-dms | e:w
finops | FinOps | cloud cost optimization, cloud cost management, cloud financial management | cloud-computing | aws, azure, gcp | e:w
iaas | IaaS | Infrastructure as a Service | cloud-computing | paas | e:d
paas | PaaS | Platform as a Service | cloud-computing | iaas, heroku, azure-app-service | e:d
virtual-private-cloud | Virtual Private Cloud | VPC, VPCs | cloud-computing | amazon-vpc, azure-virtual-network, cloud-networking | e:w
cloud-networking | Cloud Networking | cloud network, cloud networks | cloud-computing | virtual-private-cloud, amazon-vpc, azure-virtual-network | e:w

# Amazon Web Services
aws | AWS | Amazon Web Services, AWS Cloud, Amazon AWS, AWS services, AWS cloud services | cloud-computing | azure, gcp, amazon-ec2, amazon-s3, aws-lambda | e:m
aws-well-architected | AWS Well-Architected Framework | AWS Well-Architected, Well-Architected Framework | aws | aws, cloud-computing | e:w
aws-cli | AWS CLI | AWS Command Line Interface | aws | aws, boto3 | e:d
boto3 | Boto3 | boto, AWS SDK for Python | aws, python | aws-cli, aws | e:d
aws-sdk | AWS SDK | AWS SDKs | aws | boto3, aws-cli | e:d
amazon-ec2 | Amazon EC2 | EC2, AWS EC2, Amazon Elastic Compute Cloud, Elastic Compute Cloud, EC2 instances | aws | amazon-s3, amazon-vpc, aws-auto-scaling, elastic-load-balancing | e:w
aws-auto-scaling | AWS Auto Scaling | EC2 Auto Scaling, Auto Scaling Groups, Auto Scaling Group | aws | amazon-ec2, elastic-load-balancing | e:d
elastic-load-balancing | Elastic Load Balancing | AWS ELB, Amazon ELB, ELB, Application Load Balancer, AWS ALB | aws | amazon-ec2, load-balancing | e:d
amazon-s3 | Amazon S3 | S3, AWS S3, Amazon Simple Storage Service, Simple Storage Service, S3 buckets | aws | amazon-s3-glacier, amazon-ec2, amazon-cloudfront | cs e:d
amazon-s3-glacier | Amazon S3 Glacier | AWS Glacier, Amazon Glacier, S3 Glacier | aws | amazon-s3 | e:d
amazon-ebs | Amazon EBS | AWS EBS, Elastic Block Store, Amazon Elastic Block Store | aws | amazon-ec2, amazon-efs | e:d
amazon-efs | Amazon EFS | AWS EFS, Elastic File System, Amazon Elastic File System | aws | amazon-ebs, amazon-s3 | e:d
aws-lambda | AWS Lambda | Lambda, Amazon Lambda, AWS Lambda functions | aws, serverless | amazon-api-gateway, amazon-dynamodb, aws-step-functions, amazon-sqs | amb e:w
aws-step-functions | AWS Step Functions | Step Functions, Amazon Step Functions | aws, serverless | aws-lambda, amazon-eventbridge | e:w
amazon-api-gateway | Amazon API Gateway | AWS API Gateway | aws | aws-lambda, api-gateway | e:d
amazon-eventbridge | Amazon EventBridge | EventBridge, AWS EventBridge, CloudWatch Events | aws | amazon-sns, amazon-sqs, aws-lambda | e:d
aws-sam | AWS SAM | AWS Serverless Application Model, Serverless Application Model | aws, serverless | aws-lambda, aws-cloudformation | e:d
serverless-framework | Serverless Framework | Serverless.com, serverless.yml | serverless | aws-lambda, aws-sam | e:d
aws-cdk | AWS CDK | AWS Cloud Development Kit | aws, infrastructure-as-code | aws-cloudformation, terraform, pulumi | e:w
aws-cloudformation | AWS CloudFormation | CloudFormation, Amazon CloudFormation, CloudFormation templates | aws, infrastructure-as-code | terraform, aws-cdk, aws-sam | e:w
amazon-ecs | Amazon ECS | ECS, AWS ECS, Amazon Elastic Container Service, Elastic Container Service | aws | aws-fargate, amazon-eks, amazon-ecr, docker | cs e:w
amazon-eks | Amazon EKS | EKS, AWS EKS, Amazon Elastic Kubernetes Service, Elastic Kubernetes Service | aws, kubernetes | amazon-ecs, aws-fargate, kubernetes | e:w
aws-fargate | AWS Fargate | Fargate, Amazon Fargate | aws | amazon-ecs, amazon-eks | e:d
amazon-ecr | Amazon ECR | ECR, AWS ECR, Elastic Container Registry, Amazon Elastic Container Registry | aws | amazon-ecs, amazon-eks, docker | e:d
aws-elastic-beanstalk | AWS Elastic Beanstalk | Elastic Beanstalk, Amazon Elastic Beanstalk | aws | amazon-ec2, heroku | e:d
amazon-lightsail | Amazon Lightsail | AWS Lightsail, Lightsail | aws | amazon-ec2, digitalocean | e:d
aws-batch | AWS Batch | Amazon Batch | aws | amazon-ec2, aws-step-functions | e:d
aws-outposts | AWS Outposts | | aws, hybrid-cloud | aws | e:w
aws-snowball | AWS Snowball | Snowball Edge, AWS Snowball Edge, Snowball | aws | amazon-s3, cloud-migration | amb e:d
amazon-rds | Amazon RDS | RDS, AWS RDS, Amazon Relational Database Service, Relational Database Service | aws, relational-databases | amazon-aurora, amazon-dynamodb, postgresql, mysql | cs e:w
amazon-aurora | Amazon Aurora | AWS Aurora, Aurora PostgreSQL, Aurora MySQL, Aurora Serverless, Aurora DB | aws, relational-databases | amazon-rds, postgresql, mysql | e:w
amazon-dynamodb | Amazon DynamoDB | DynamoDB, AWS DynamoDB, Dynamo DB, DynamoDB Streams | aws, nosql, key-value-stores | amazon-rds, mongodb, apache-cassandra, aws-lambda | e:w
amazon-documentdb | Amazon DocumentDB | DocumentDB, AWS DocumentDB | aws, document-databases | mongodb, amazon-dynamodb | e:d
amazon-neptune | Amazon Neptune | AWS Neptune | aws, graph-databases | neo4j, janusgraph | e:w
amazon-elasticache | Amazon ElastiCache | ElastiCache, AWS ElastiCache, Elasticache | aws, in-memory-databases | redis, memcached | e:d
amazon-keyspaces | Amazon Keyspaces | AWS Keyspaces | aws | apache-cassandra, amazon-dynamodb | e:d
amazon-timestream | Amazon Timestream | AWS Timestream, Timestream | aws, time-series-databases | influxdb, timescaledb | e:d
amazon-redshift | Amazon Redshift | Redshift, AWS Redshift, Redshift Spectrum | aws, sql, columnar-databases | snowflake, bigquery, amazon-athena, aws-glue | cs e:w
amazon-athena | Amazon Athena | AWS Athena, Athena SQL, Athena | aws, sql | presto, trino, aws-glue, amazon-s3 | amb e:d
aws-glue | AWS Glue | Amazon Glue, AWS Glue Data Catalog, Glue Data Catalog, Glue jobs, AWS Glue ETL | aws, etl | amazon-athena, amazon-emr, aws-lake-formation, amazon-redshift | e:w
aws-lake-formation | AWS Lake Formation | Lake Formation | aws | aws-glue, amazon-s3, amazon-athena | e:d
amazon-emr | Amazon EMR | AWS EMR, Amazon Elastic MapReduce, Elastic MapReduce, Amazon EMR Serverless | aws, hadoop | apache-spark, aws-glue, hadoop | e:w
amazon-kinesis | Amazon Kinesis | Kinesis, AWS Kinesis, Kinesis Data Streams, Kinesis Firehose, Kinesis Data Firehose, Amazon Data Firehose | aws | kafka, amazon-msk, aws-lambda | e:w
amazon-msk | Amazon MSK | AWS MSK, Amazon Managed Streaming for Apache Kafka, Managed Streaming for Kafka | aws, kafka | kafka, amazon-kinesis | e:d
amazon-mwaa | Amazon MWAA | MWAA, Amazon Managed Workflows for Apache Airflow, Managed Workflows for Apache Airflow | aws | aws-step-functions, aws-glue | e:d
amazon-quicksight | Amazon QuickSight | QuickSight, AWS QuickSight | aws | tableau, power-bi, amazon-athena | e:w
aws-data-pipeline | AWS Data Pipeline | | aws | aws-glue | e:d
aws-dms | AWS Database Migration Service | AWS DMS, Database Migration Service | aws | database-migration, cloud-migration, change-data-capture | e:d
amazon-sqs | Amazon SQS | SQS, AWS SQS, Amazon Simple Queue Service, Simple Queue Service | aws | amazon-sns, amazon-eventbridge, aws-lambda, message-queues | e:d
amazon-sns | Amazon SNS | SNS, AWS SNS, Amazon Simple Notification Service, Simple Notification Service | aws | amazon-sqs, amazon-eventbridge | cs e:d
amazon-mq | Amazon MQ | AWS MQ | aws | rabbitmq, activemq, amazon-sqs | e:d
amazon-ses | Amazon SES | AWS SES, Amazon Simple Email Service, Simple Email Service | aws | amazon-sns | e:d
aws-appsync | AWS AppSync | AppSync | aws, graphql | graphql, aws-amplify | e:d
aws-amplify | AWS Amplify | Amazon Amplify | aws | aws-appsync, amazon-cognito, firebase | e:w
amazon-cognito | Amazon Cognito | Cognito, AWS Cognito | aws | aws-iam, aws-amplify, oauth | e:d
aws-iam | AWS IAM | AWS Identity and Access Management, Amazon IAM, IAM roles, IAM policies | aws, identity-and-access-management | aws-organizations, amazon-cognito, aws-kms | e:w
aws-organizations | AWS Organizations | | aws | aws-control-tower, aws-iam | e:d
aws-control-tower | AWS Control Tower | Control Tower | aws | aws-organizations | e:d
aws-kms | AWS KMS | AWS Key Management Service, Amazon KMS | aws | aws-secrets-manager, aws-iam, encryption | e:d
aws-secrets-manager | AWS Secrets Manager | Secrets Manager, Amazon Secrets Manager | aws | aws-kms, hashicorp-vault | e:d
aws-systems-manager | AWS Systems Manager | AWS SSM, Amazon SSM, Systems Manager Parameter Store, Parameter Store | aws | aws-secrets-manager, aws-config | e:d
aws-config | AWS Config | | aws | aws-cloudtrail, aws-security-hub | e:d
aws-cloudtrail | AWS CloudTrail | CloudTrail, Amazon CloudTrail | aws | amazon-cloudwatch, aws-config, amazon-guardduty | e:d
amazon-cloudwatch | Amazon CloudWatch | CloudWatch, AWS CloudWatch, CloudWatch Logs | aws | aws-cloudtrail, aws-x-ray, datadog | e:d
aws-x-ray | AWS X-Ray | X-Ray tracing, AWS XRay, Amazon X-Ray | aws | amazon-cloudwatch, distributed-tracing | e:d
amazon-guardduty | Amazon GuardDuty | GuardDuty, AWS GuardDuty | aws | aws-security-hub, aws-cloudtrail | e:d
aws-security-hub | AWS Security Hub | Security Hub | aws | amazon-guardduty, aws-config | e:d
aws-waf | AWS WAF | AWS Web Application Firewall, Amazon WAF | aws, web-application-firewall | amazon-cloudfront, aws-shield | e:d
aws-shield | AWS Shield | | aws | aws-waf | e:d
amazon-inspector | Amazon Inspector | AWS Inspector | aws | aws-security-hub, vulnerability-scanning | e:d
amazon-vpc | Amazon VPC | AWS VPC, Amazon Virtual Private Cloud, AWS Virtual Private Cloud | aws, virtual-private-cloud | aws-transit-gateway, aws-direct-connect, amazon-ec2 | e:w
aws-transit-gateway | AWS Transit Gateway | Transit Gateway | aws | amazon-vpc, aws-direct-connect | e:d
aws-direct-connect | AWS Direct Connect | Direct Connect | aws | amazon-vpc, aws-transit-gateway | e:d
amazon-route-53 | Amazon Route 53 | Route 53, Route53, AWS Route 53, AWS Route53 | aws, dns | amazon-cloudfront, amazon-vpc | e:d
amazon-cloudfront | Amazon CloudFront | CloudFront, AWS CloudFront | aws, content-delivery-network | amazon-s3, amazon-route-53, cloudflare | e:d
aws-codepipeline | AWS CodePipeline | CodePipeline, Amazon CodePipeline | aws, ci-cd | aws-codebuild, aws-codedeploy, jenkins | e:d
aws-codebuild | AWS CodeBuild | CodeBuild | aws, ci-cd | aws-codepipeline, aws-codedeploy | e:d
aws-codedeploy | AWS CodeDeploy | CodeDeploy | aws, ci-cd | aws-codepipeline, aws-codebuild | e:d
aws-codecommit | AWS CodeCommit | CodeCommit | aws, git | aws-codepipeline, github | e:d
amazon-sagemaker | Amazon SageMaker | SageMaker, AWS SageMaker, Sagemaker | aws, machine-learning | amazon-bedrock, vertex-ai, azure-machine-learning | e:w
amazon-bedrock | Amazon Bedrock | AWS Bedrock | aws | amazon-sagemaker, azure-openai | e:w
amazon-comprehend | Amazon Comprehend | AWS Comprehend | aws, natural-language-processing | amazon-sagemaker, amazon-textract | e:d
amazon-rekognition | Amazon Rekognition | AWS Rekognition, Rekognition | aws, computer-vision | amazon-sagemaker, amazon-textract | e:d
amazon-textract | Amazon Textract | AWS Textract, Textract | aws | amazon-comprehend, amazon-rekognition | e:d
amazon-lex | Amazon Lex | AWS Lex | aws | amazon-connect, amazon-polly | e:d
amazon-polly | Amazon Polly | AWS Polly | aws | amazon-lex | e:d
aws-iot-core | AWS IoT Core | AWS IoT, Amazon IoT | aws, iot | azure-iot-hub, mqtt | e:w
aws-iot-greengrass | AWS IoT Greengrass | Greengrass, AWS Greengrass | aws, iot | aws-iot-core | e:d
amazon-transcribe | Amazon Transcribe | AWS Transcribe | aws | amazon-polly, amazon-comprehend | e:d
amazon-connect | Amazon Connect | AWS Connect | aws | amazon-lex | e:w

# Microsoft Azure
azure | Microsoft Azure | Azure, MS Azure, Azure Cloud, Windows Azure, Azure cloud services | cloud-computing | aws, gcp, azure-devops, azure-functions | e:m
azure-cli | Azure CLI | az cli | azure | azure-powershell, azure-resource-manager | e:d
azure-powershell | Azure PowerShell | Az PowerShell | azure | azure-cli | e:d
azure-resource-manager | Azure Resource Manager | ARM templates, ARM template, Azure ARM, Azure ARM templates, Azure Resource Manager templates | azure, infrastructure-as-code | azure-bicep, terraform, aws-cloudformation | e:w
azure-bicep | Azure Bicep | Bicep | azure, infrastructure-as-code | azure-resource-manager, terraform | amb e:d
azure-virtual-machines | Azure Virtual Machines | Azure VMs, Azure VM | azure | azure-virtual-network, amazon-ec2 | e:d
azure-virtual-network | Azure Virtual Network | Azure VNet, VNet, VNets, Azure VNets | azure, virtual-private-cloud | azure-virtual-machines, azure-expressroute | e:d
azure-expressroute | Azure ExpressRoute | ExpressRoute | azure | azure-virtual-network, aws-direct-connect | e:d
azure-front-door | Azure Front Door | | azure, content-delivery-network | azure-application-gateway, amazon-cloudfront | e:d
azure-application-gateway | Azure Application Gateway | | azure | azure-front-door, load-balancing | e:d
azure-functions | Azure Functions | Azure Function, Azure Function Apps, Function Apps | azure, serverless | azure-logic-apps, aws-lambda, azure-app-service | e:w
azure-logic-apps | Azure Logic Apps | Logic Apps | azure | azure-functions, azure-service-bus | e:d
azure-app-service | Azure App Service | Azure App Services, Azure Web Apps, Azure Web App | azure, paas | azure-functions, heroku | e:d
azure-kubernetes-service | Azure Kubernetes Service | AKS, Azure AKS | azure, kubernetes | amazon-eks, google-kubernetes-engine, azure-container-apps | e:w
azure-container-apps | Azure Container Apps | | azure | azure-kubernetes-service, azure-container-instances | e:d
azure-container-instances | Azure Container Instances | | azure | azure-container-apps, aws-fargate | e:d
azure-container-registry | Azure Container Registry | | azure | azure-kubernetes-service, amazon-ecr | e:d
azure-blob-storage | Azure Blob Storage | Blob Storage, Azure Blob, Azure Blobs | azure | azure-storage, amazon-s3, azure-data-lake-storage | e:d
azure-storage | Azure Storage | Azure Storage Account, Azure Storage Accounts | azure | azure-blob-storage, azure-data-lake-storage | e:d
azure-data-lake-storage | Azure Data Lake Storage | ADLS Gen2, Azure Data Lake, Azure Data Lake Storage Gen2 | azure | azure-blob-storage, azure-synapse-analytics, azure-databricks | e:d
azure-sql | Azure SQL | Azure SQL Database, Azure SQL DB, Azure SQL Managed Instance, SQL Azure | azure, sql-server | sql-server, azure-synapse-analytics, azure-cosmos-db | e:w
azure-database-for-postgresql | Azure Database for PostgreSQL | Azure PostgreSQL | azure, postgresql | azure-sql, postgresql | e:d
azure-cosmos-db | Azure Cosmos DB | Cosmos DB, CosmosDB, Azure CosmosDB | azure, nosql | mongodb, amazon-dynamodb, azure-sql | e:w
azure-cache-for-redis | Azure Cache for Redis | Azure Redis Cache, Azure Redis | azure, redis | redis, amazon-elasticache | e:d
azure-data-factory | Azure Data Factory | ADF, Data Factory, Azure ADF | azure, etl | azure-synapse-analytics, azure-databricks, aws-glue | cs e:w
azure-synapse-analytics | Azure Synapse Analytics | Azure Synapse, Synapse Analytics, Azure SQL Data Warehouse, Azure SQL DW | azure | azure-data-factory, azure-databricks, snowflake, microsoft-fabric | e:w
azure-databricks | Azure Databricks | | azure, databricks | databricks, azure-data-factory, azure-synapse-analytics | e:w
azure-hdinsight | Azure HDInsight | HDInsight | azure, hadoop | azure-databricks, amazon-emr | e:w
azure-stream-analytics | Azure Stream Analytics | | azure | azure-event-hubs, amazon-kinesis | e:d
azure-event-hubs | Azure Event Hubs | Event Hubs, Event Hub, Azure Event Hub | azure | kafka, azure-service-bus, amazon-kinesis | e:d
azure-service-bus | Azure Service Bus | Service Bus | azure | azure-event-hubs, azure-event-grid, amazon-sqs | e:d
azure-event-grid | Azure Event Grid | Event Grid | azure | azure-service-bus, amazon-eventbridge | e:d
azure-api-management | Azure API Management | APIM, Azure APIM | azure | api-gateway, apigee | e:d
azure-monitor | Azure Monitor | Azure Log Analytics, Application Insights, App Insights, Azure Application Insights | azure | amazon-cloudwatch, microsoft-sentinel | e:d
azure-key-vault | Azure Key Vault | Key Vault, Azure KeyVault | azure | aws-kms, hashicorp-vault | e:d
microsoft-entra-id | Microsoft Entra ID | Entra ID, Azure AD, Azure Active Directory, Entra, Microsoft Entra, Azure Entra ID | azure, identity-and-access-management | active-directory, okta, single-sign-on | e:w
azure-ad-b2c | Azure AD B2C | Azure Active Directory B2C, Entra External ID | azure | microsoft-entra-id, amazon-cognito | e:d
azure-policy | Azure Policy | Azure Policies | azure | azure-resource-manager | e:d
azure-arc | Azure Arc | | azure, hybrid-cloud | anthos, azure-kubernetes-service | e:d
azure-virtual-desktop | Azure Virtual Desktop | AVD, Windows Virtual Desktop | azure | citrix, azure-virtual-machines | e:d
azure-site-recovery | Azure Site Recovery | | azure | disaster-recovery | e:d
azure-machine-learning | Azure Machine Learning | Azure ML, AzureML, Azure Machine Learning Studio, Azure ML Studio | azure, machine-learning | amazon-sagemaker, vertex-ai, azure-openai | e:w
azure-openai | Azure OpenAI Service | Azure OpenAI | azure | azure-ai-services, amazon-bedrock, azure-machine-learning | e:d
azure-ai-services | Azure AI Services | Azure Cognitive Services, Cognitive Services, Azure AI | azure | azure-openai, azure-machine-learning | e:d
azure-ai-search | Azure AI Search | Azure Cognitive Search, Azure Search | azure | elasticsearch, azure-ai-services | e:d
azure-iot-hub | Azure IoT Hub | IoT Hub | azure, iot | aws-iot-core, mqtt | e:w
microsoft-fabric | Microsoft Fabric | MS Fabric | azure | azure-synapse-analytics, power-bi, azure-data-factory | e:w
microsoft-purview | Microsoft Purview | Azure Purview | azure | microsoft-fabric, data-loss-prevention | e:d

# Google Cloud
gcp | Google Cloud Platform | GCP, Google Cloud, Google Cloud Services | cloud-computing | aws, azure, bigquery, google-kubernetes-engine | e:m
gcloud-cli | gcloud CLI | gcloud, Google Cloud SDK, Cloud SDK | gcp | gcp | e:d
google-compute-engine | Google Compute Engine | Compute Engine, GCE, GCP Compute Engine | gcp | google-kubernetes-engine, amazon-ec2 | e:d
google-app-engine | Google App Engine | App Engine, GAE, GCP App Engine | gcp, paas | google-cloud-run, heroku | e:d
google-kubernetes-engine | Google Kubernetes Engine | GKE, GCP GKE, Google Container Engine | gcp, kubernetes | amazon-eks, azure-kubernetes-service, google-cloud-run | e:w
google-cloud-run | Google Cloud Run | Cloud Run, GCP Cloud Run | gcp, serverless | google-cloud-functions, google-kubernetes-engine, aws-fargate | e:d
google-cloud-functions | Google Cloud Functions | Cloud Functions, GCP Cloud Functions, Cloud Run functions | gcp, serverless | google-cloud-run, aws-lambda, azure-functions | e:d
google-cloud-storage | Google Cloud Storage | GCS, GCP Cloud Storage, GCS buckets | gcp | amazon-s3, azure-blob-storage, bigquery | e:d
google-cloud-sql | Google Cloud SQL | Cloud SQL, GCP Cloud SQL | gcp, relational-databases | amazon-rds, azure-sql, alloydb | e:d
alloydb | AlloyDB | AlloyDB for PostgreSQL | gcp, postgresql | google-cloud-sql, amazon-aurora | e:d
google-cloud-spanner | Google Cloud Spanner | Cloud Spanner, GCP Spanner, Spanner | gcp, distributed-databases | cockroachdb, google-cloud-sql | amb e:w
google-cloud-bigtable | Google Cloud Bigtable | Bigtable, Cloud Bigtable, BigTable, GCP Bigtable | gcp, nosql | apache-cassandra, amazon-dynamodb | e:w
google-cloud-pub-sub | Google Cloud Pub/Sub | Cloud Pub/Sub, GCP Pub/Sub, Google Pub/Sub, Google PubSub | gcp | kafka, amazon-sns, amazon-kinesis | e:d
google-cloud-dataflow | Google Cloud Dataflow | Cloud Dataflow, GCP Dataflow, Google Dataflow | gcp | google-cloud-pub-sub, bigquery | e:w
google-cloud-dataproc | Google Cloud Dataproc | Dataproc, Cloud Dataproc, GCP Dataproc | gcp, hadoop | apache-spark, amazon-emr | e:d
google-cloud-composer | Google Cloud Composer | Cloud Composer, GCP Composer | gcp | amazon-mwaa, google-cloud-dataflow | e:d
google-cloud-data-fusion | Google Cloud Data Fusion | Cloud Data Fusion, Data Fusion | gcp, etl | google-cloud-dataflow, azure-data-factory | e:d
vertex-ai | Vertex AI | Google Vertex AI, GCP Vertex AI | gcp, machine-learning | amazon-sagemaker, azure-machine-learning | e:w
google-cloud-build | Google Cloud Build | Cloud Build, GCP Cloud Build | gcp, ci-cd | aws-codebuild, github-actions | e:d
google-cloud-monitoring | Google Cloud Monitoring | Stackdriver, Google Cloud Operations Suite | gcp | amazon-cloudwatch, azure-monitor | e:d
google-cloud-iam | Google Cloud IAM | GCP IAM, Cloud IAM | gcp, identity-and-access-management | aws-iam | e:d
anthos | Anthos | Google Anthos | gcp, hybrid-cloud | google-kubernetes-engine, azure-arc | e:w
apigee | Apigee | Google Apigee, Apigee Edge, Apigee X | gcp | azure-api-management, api-gateway, kong-gateway | e:w

# Other cloud platforms
oracle-cloud-infrastructure | Oracle Cloud Infrastructure | OCI, Oracle Cloud Infrastructure OCI, Oracle OCI | cloud-computing | aws, azure, oracle-database | e:m
oracle-cloud | Oracle Cloud | Oracle Cloud Platform | cloud-computing | oracle-cloud-infrastructure, oracle-erp-cloud | e:w
ibm-cloud | IBM Cloud | IBM Bluemix, Bluemix | cloud-computing | openshift, aws | e:m
alibaba-cloud | Alibaba Cloud | Aliyun | cloud-computing | aws, azure | e:m
tencent-cloud | Tencent Cloud | | cloud-computing | alibaba-cloud | e:m
openstack | OpenStack | Open Stack | cloud-computing | kvm, vmware, ceph | e:m
heroku | Heroku | | paas | vercel, netlify, aws-elastic-beanstalk | e:d
digitalocean | DigitalOcean | Digital Ocean | cloud-computing | linode, heroku, aws | e:d
linode | Linode | Akamai Linode, Akamai Cloud Computing | cloud-computing | digitalocean | e:d
vercel | Vercel | | paas | netlify, cloudflare-pages, heroku | e:d
netlify | Netlify | | paas | vercel, cloudflare-pages | e:d
cloudflare | Cloudflare | Cloud Flare | content-delivery-network | cloudflare-workers, akamai, amazon-cloudfront | e:w
cloudflare-workers | Cloudflare Workers | | cloudflare, serverless | cloudflare, aws-lambda, vercel | e:d
cloudflare-pages | Cloudflare Pages | | cloudflare | vercel, netlify | e:d
akamai | Akamai | Akamai CDN | content-delivery-network | cloudflare, fastly | e:w
fastly | Fastly | | content-delivery-network | cloudflare, akamai | e:d
fly-io | Fly.io | Fly io | paas | heroku, vercel | e:d
`;
