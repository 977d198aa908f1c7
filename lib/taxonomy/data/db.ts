export default `
# Broad database skills
relational-databases | Relational Databases | relational database, RDBMS, RDBMSs, relational database management systems, relational database management system, SQL databases, SQL database | | sql, postgresql, mysql, database-design | e:w
nosql | NoSQL | No SQL, No SQL databases, NoSQL databases, NoSQL database, non-relational databases, non-relational database | | mongodb, apache-cassandra, redis, amazon-dynamodb, document-databases | e:w
document-databases | Document Databases | document database, document store, document stores, document-oriented database, document-oriented databases | nosql | mongodb, couchbase, couchdb | e:w
key-value-stores | Key-Value Stores | key-value store, key-value database, key-value databases | nosql | redis, amazon-dynamodb, memcached | e:w
graph-databases | Graph Databases | graph database, graph DB, graph DBs | nosql | neo4j, amazon-neptune, janusgraph, tigergraph | e:w
time-series-databases | Time-Series Databases | time-series database, time series database, time series databases, TSDB | | influxdb, timescaledb, kdb | e:w
columnar-databases | Columnar Databases | columnar database, column-oriented database, column-oriented databases, column store, columnar storage | | clickhouse, vertica, amazon-redshift | e:w
vector-databases | Vector Databases | vector database, vector DB, vector DBs, vector store, vector stores | | pinecone, weaviate, milvus, qdrant, pgvector | e:w
in-memory-databases | In-Memory Databases | in-memory database, in-memory data store, in-memory data grid | | redis, memcached, hazelcast, apache-ignite | e:w
distributed-databases | Distributed Databases | distributed database, distributed SQL | | cockroachdb, yugabytedb, apache-cassandra, tidb | e:m
mpp-databases | MPP Databases | massively parallel processing, MPP architecture, MPP architectures, MPP database, MPP data warehouse | | teradata, amazon-redshift, greenplum, vertica | e:w
newsql | NewSQL | New SQL | relational-databases | cockroachdb, yugabytedb, tidb | e:w
multi-model-databases | Multi-Model Databases | multi-model database | | arangodb, azure-cosmos-db | e:w

# Database engineering methods
database-design | Database Design | database schema design, relational database design, DB design | | schema-design, database-normalization, entity-relationship-diagrams, relational-databases | e:w
schema-design | Schema Design | schema modeling, schema modelling | | database-design, database-normalization, data-modeling | e:w
database-normalization | Database Normalization | normal forms, database normalisation, data normalisation | database-design | schema-design, entity-relationship-diagrams | e:d
entity-relationship-diagrams | Entity-Relationship Diagrams | entity relationship diagram, entity relationship diagrams, ER diagram, ER diagrams, ERD, ERDs, ER modeling, ER modelling, entity-relationship modeling, entity-relationship modelling | database-design | schema-design, data-modeling, erwin-data-modeler | e:d
database-administration | Database Administration | DB administration, database admin | | database-performance-tuning, backup-and-recovery, database-replication, oracle-database, sql-server | e:m
database-performance-tuning | Database Performance Tuning | database tuning, DB performance tuning, database optimization, database optimisation, database performance optimization | database-administration | query-optimization, database-indexing, database-administration | e:w
query-optimization | Query Optimization | SQL optimization, SQL optimisation, query optimisation, query tuning, SQL tuning, SQL performance tuning, SQL query optimization, query performance tuning | sql | database-performance-tuning, database-indexing, stored-procedures | e:w
database-indexing | Database Indexing | index tuning, database indexes, index design | | query-optimization, database-performance-tuning | e:d
stored-procedures | Stored Procedures | stored procedure, stored procs, stored proc, SQL stored procedures | sql | database-triggers, query-optimization, sql-server | e:d
database-triggers | Database Triggers | SQL triggers, database trigger | sql | stored-procedures | e:d
database-replication | Database Replication | DB replication, database mirroring | database-administration | database-sharding, high-availability, backup-and-recovery | e:w
database-sharding | Database Sharding | sharding, data sharding, horizontal partitioning | | database-replication, distributed-databases | e:w
backup-and-recovery | Backup and Recovery | database backup and recovery, backup and restore, database backups | database-administration | disaster-recovery, database-replication | e:w
database-migration | Database Migration | database migrations, DB migration, schema migrations, schema migration | | liquibase, flyway, aws-dms | e:w
oltp | OLTP | online transaction processing | | olap, relational-databases | e:w
olap | OLAP | online analytical processing, OLAP cubes, OLAP cube | | oltp, columnar-databases | e:w
change-data-capture | Change Data Capture | change data capture CDC | | debezium, oracle-goldengate, database-replication | e:w
odbc | ODBC | Open Database Connectivity | | jdbc, sql | e:d
jdbc | JDBC | Java Database Connectivity | java | odbc, sql | e:d

# Relational databases
postgresql | PostgreSQL | Postgres, Postgre SQL, PostgresSQL, Postgressql, Post Gres, PostGreSQL, PG SQL, psql | sql, relational-databases | mysql, sql-server, pgvector, postgis, database-design | e:w
postgis | PostGIS | Post GIS | postgresql | postgresql | e:w
pgvector | pgvector | pg vector | postgresql, vector-databases | postgresql, pinecone | e:d
mysql | MySQL | My SQL, MySQL Server | sql, relational-databases | mariadb, postgresql, sql-server | e:w
mariadb | MariaDB | Maria DB | sql, relational-databases | mysql, postgresql | e:w
sqlite | SQLite | SQLite3, SQL Lite | sql, relational-databases | postgresql, mysql | e:d
oracle-database | Oracle Database | Oracle DB, Oracle RDBMS, Oracle databases, Oracle 19c, Oracle 12c, Oracle 11g, Oracle | sql, relational-databases | oracle-rac, oracle-goldengate, sql-server, postgresql | amb e:m
oracle-rac | Oracle RAC | Oracle Real Application Clusters, Real Application Clusters | oracle-database | oracle-database, oracle-data-guard | e:w
oracle-data-guard | Oracle Data Guard | Data Guard | oracle-database | oracle-rac, database-replication | e:w
oracle-goldengate | Oracle GoldenGate | GoldenGate, Golden Gate, Oracle Golden Gate | oracle-database | change-data-capture, database-replication | e:w
oracle-exadata | Oracle Exadata | Exadata | oracle-database | oracle-rac | e:w
sql-server | SQL Server | Microsoft SQL Server, MS SQL Server, MS SQL, MSSQL, MSSQL Server, SQL Server 2019, SQL Server 2016, SQL Server 2022 | sql, relational-databases | ssms, azure-sql, oracle-database, postgresql | e:w
ssms | SQL Server Management Studio | SSMS, SQL Management Studio | sql-server | sql-server | e:d
ibm-db2 | IBM Db2 | DB2, Db2, IBM DB2, DB2 UDB, Db2 for z/OS | sql, relational-databases | oracle-database, sql-server | e:w
sybase | Sybase | SAP ASE, Sybase ASE, SAP Sybase, Adaptive Server Enterprise | sql, relational-databases | sql-server, oracle-database | e:w
informix | Informix | IBM Informix | relational-databases | ibm-db2 | e:w
sap-hana | SAP HANA | HANA, SAP HANA DB, HANA DB | sap, relational-databases | sap, columnar-databases | cs e:w
teradata | Teradata | Teradata Database, Teradata Vantage, Teradata SQL | sql, relational-databases | netezza, vertica, snowflake | e:w
netezza | Netezza | IBM Netezza, Netezza Performance Server | relational-databases | teradata, vertica | e:w
vertica | Vertica | HP Vertica, Vertica Analytics Platform | relational-databases, columnar-databases | teradata, clickhouse, greenplum | e:w
greenplum | Greenplum | Greenplum Database, Pivotal Greenplum | postgresql | vertica, teradata | e:w
cockroachdb | CockroachDB | Cockroach DB | distributed-databases, newsql | postgresql, yugabytedb, tidb | e:w
yugabytedb | YugabyteDB | Yugabyte, Yugabyte DB | distributed-databases, newsql | cockroachdb, postgresql | e:w
tidb | TiDB | Ti DB | distributed-databases, newsql | cockroachdb, mysql | e:w
singlestore | SingleStore | MemSQL, SingleStoreDB | relational-databases | clickhouse, mysql | e:w
duckdb | DuckDB | Duck DB | sql, columnar-databases | sqlite, clickhouse, pandas | e:d

# Cloud data warehouses and lakehouses
snowflake | Snowflake | Snowflake Data Cloud, Snowflake DB, SnowSQL, Snowflake data warehouse | sql | amazon-redshift, bigquery, databricks, teradata | amb e:w
bigquery | BigQuery | Google BigQuery, GCP BigQuery, Big Query | sql, gcp | snowflake, amazon-redshift, gcp | e:w
databricks | Databricks | Databricks Lakehouse, Databricks platform, Databricks SQL | apache-spark | apache-spark, delta-lake, snowflake, azure-databricks | e:w
delta-lake | Delta Lake | Delta tables, Delta Lake tables | | databricks, apache-iceberg, apache-hudi | e:w
apache-iceberg | Apache Iceberg | Iceberg tables, Iceberg table format | | delta-lake, apache-hudi, trino | e:w
apache-hudi | Apache Hudi | Hudi | | delta-lake, apache-iceberg | e:w
clickhouse | ClickHouse | Click House | sql, columnar-databases | apache-druid, apache-pinot, vertica | e:w
apache-druid | Apache Druid | Druid | columnar-databases | clickhouse, apache-pinot | amb e:w
apache-pinot | Apache Pinot | | columnar-databases | apache-druid, clickhouse | e:w
trino | Trino | Trino SQL, PrestoSQL | sql | presto, apache-iceberg, amazon-athena | e:w
presto | Presto | PrestoDB, Presto SQL | sql | trino, amazon-athena, hadoop | cs e:w
dremio | Dremio | | sql | trino, apache-iceberg | e:w
firebolt | Firebolt | | sql | snowflake, clickhouse | e:w

# NoSQL: document and key-value
mongodb | MongoDB | Mongo, Mongo DB, MongoDB Atlas | nosql, document-databases | couchbase, amazon-dynamodb, redis, document-databases | e:w
couchbase | Couchbase | Couchbase Server | nosql, document-databases | mongodb, couchdb | e:w
couchdb | CouchDB | Apache CouchDB, Couch DB | nosql, document-databases | couchbase, mongodb | e:w
ravendb | RavenDB | Raven DB | nosql, document-databases | mongodb | e:w
redis | Redis | Redis Cache, Redis Cluster, Redis Enterprise | nosql, key-value-stores, in-memory-databases | memcached, amazon-elasticache, mongodb | e:w
memcached | Memcached | Memcache | key-value-stores, in-memory-databases | redis, amazon-elasticache | e:d
valkey | Valkey | | key-value-stores | redis | e:d
rocksdb | RocksDB | Rocks DB | key-value-stores | leveldb, apache-cassandra | e:w
leveldb | LevelDB | Level DB | key-value-stores | rocksdb | e:d
etcd | etcd | | key-value-stores | kubernetes, consul, apache-zookeeper | e:d
apache-zookeeper | Apache ZooKeeper | ZooKeeper, Zoo Keeper | | etcd, kafka, hadoop | e:w
hazelcast | Hazelcast | Hazelcast IMDG | in-memory-databases | apache-ignite, redis | e:w
apache-ignite | Apache Ignite | | in-memory-databases | hazelcast, redis | e:w
aerospike | Aerospike | | nosql, key-value-stores | redis, apache-cassandra | e:w

# NoSQL: wide-column
apache-cassandra | Apache Cassandra | Cassandra, Cassandra DB, DataStax Enterprise | nosql | scylladb, amazon-dynamodb, mongodb | e:w
scylladb | ScyllaDB | Scylla, Scylla DB | nosql | apache-cassandra | e:w
apache-accumulo | Apache Accumulo | Accumulo | nosql | hadoop, apache-cassandra | e:w

# Graph databases
neo4j | Neo4j | Neo4J, Neo 4j | graph-databases | amazon-neptune, tigergraph, janusgraph | e:w
janusgraph | JanusGraph | Janus Graph | graph-databases | neo4j, tigergraph | e:w
tigergraph | TigerGraph | Tiger Graph | graph-databases | neo4j, janusgraph | e:w
arangodb | ArangoDB | Arango DB | graph-databases, multi-model-databases | neo4j, mongodb | e:w
orientdb | OrientDB | Orient DB | graph-databases | neo4j, arangodb | e:w
dgraph | Dgraph | | graph-databases | neo4j, graphql | e:w

# Time-series databases
influxdb | InfluxDB | Influx DB | time-series-databases | timescaledb, prometheus, grafana | e:w
timescaledb | TimescaleDB | Timescale DB | time-series-databases, postgresql | influxdb, postgresql | e:w
kdb | kdb+ | kdb, KDB+, kdb+/q | time-series-databases | influxdb | e:m
questdb | QuestDB | Quest DB | time-series-databases | influxdb, timescaledb | e:w
opentsdb | OpenTSDB | Open TSDB | time-series-databases | influxdb, hadoop | e:w

# Search engines
elasticsearch | Elasticsearch | Elastic Search, ElasticSearch | | opensearch, apache-solr, kibana, elk-stack, apache-lucene | e:w
opensearch | OpenSearch | Open Search, Amazon OpenSearch, Amazon OpenSearch Service, AWS OpenSearch | | elasticsearch, apache-solr | e:w
apache-solr | Apache Solr | Solr, SolrCloud | apache-lucene | elasticsearch, apache-lucene | e:w
apache-lucene | Apache Lucene | Lucene | | elasticsearch, apache-solr | e:w
algolia | Algolia | | | elasticsearch, typesense | e:d
typesense | Typesense | | | algolia, meilisearch | e:d
meilisearch | Meilisearch | MeiliSearch | | algolia, typesense | e:d

# Vector databases
pinecone | Pinecone | Pinecone DB, Pinecone vector database | vector-databases | weaviate, milvus, qdrant, pgvector | amb e:d
weaviate | Weaviate | | vector-databases | pinecone, milvus, qdrant | e:d
milvus | Milvus | | vector-databases | pinecone, weaviate, qdrant | e:d
qdrant | Qdrant | | vector-databases | pinecone, weaviate, milvus | e:d
chromadb | ChromaDB | Chroma DB | vector-databases | pinecone, qdrant | e:d

# Backend-as-a-service databases
firebase | Firebase | Google Firebase, Firebase Realtime Database | gcp | firestore, supabase | e:w
firestore | Firestore | Cloud Firestore, Google Firestore, Google Cloud Firestore | firebase, document-databases | firebase, mongodb | e:w
supabase | Supabase | | postgresql | firebase, postgresql | e:w
planetscale | PlanetScale | Planet Scale | mysql | mysql, vitess | e:d
vitess | Vitess | | mysql | mysql, planetscale | e:w

marklogic | MarkLogic | MarkLogic Server | nosql, document-databases | mongodb, xml | e:w
filemaker | FileMaker | FileMaker Pro, Claris FileMaker, FileMaker Server, FileMaker Go | | microsoft-access | e:w
ca-datacom | CA Datacom/DB | CA Datacom, Datacom/DB, CA-Datacom | | ibm-db2, mainframe | e:w
objectstore | ObjectStore | Ignite ObjectStore | | | cs e:w
openedge-rdbms | OpenEdge RDBMS | OpenEdge Database, Progress OpenEdge RDBMS, OpenEdge DB, Progress OpenEdge Database | relational-databases | openedge-abl | e:w
# Database tools
liquibase | Liquibase | | | flyway, database-migration | e:d
flyway | Flyway | | | liquibase, database-migration | e:d
erwin-data-modeler | erwin Data Modeler | ERwin, erwin DM, CA ERwin | | entity-relationship-diagrams, data-modeling | e:w
oracle-sql-developer | Oracle SQL Developer | | oracle-database | oracle-database, ssms | e:d
mysql-workbench | MySQL Workbench | | mysql | mysql | e:d
dbeaver | DBeaver | | | ssms, mysql-workbench | e:d
debezium | Debezium | | | change-data-capture, kafka | e:w
`;
