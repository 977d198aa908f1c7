import { describe, expect, it } from 'vitest';
import { findSkills } from '@/lib/skills/skill-engine';
import type { SkillMention } from '@/lib/model/mention';

const byId = (text: string) => new Map(findSkills(text).map((m) => [m.id, m] as [string, SkillMention]));

describe('token boundaries', () => {
  it.each([
    ['Experience with C, C++ and C#.', ['c', 'cpp', 'csharp']],
    ['We write services in F# and .NET 8.', ['fsharp']],
    ['Our APIs run on ASP.NET Core and Node.js; the front end is Vue.js.', ['asp-net-core', 'nodejs', 'vuejs']],
    ['You will own our CI/CD pipelines and TCP/IP networking.', ['ci-cd', 'tcp-ip']],
    ['Mobile apps in Objective-C and Swift.', ['objective-c', 'swift']],
    ['Required: Go (Golang) and R for analysis.', ['go', 'r']],
    ['Data lives in Postgres and MySQL.', ['postgresql', 'mysql']],
    ['We deploy on k8s with GCP.', ['kubernetes', 'gcp']],
    ['Strong JS and NodeJS skills; MS Excel a plus.', ['javascript', 'nodejs', 'microsoft-excel']],
  ])('%s', (text, ids) => {
    expect([...byId(text).keys()]).toEqual(expect.arrayContaining(ids));
  });

  it('does not find a skill inside another word or name', () => {
    const found = byId('JavaScript developers, package.json files, the C-suite and R&D.');
    expect(found.has('java')).toBe(false);
    expect(found.has('json')).toBe(false);
    expect(found.has('c')).toBe(false);
    expect(found.has('r')).toBe(false);
    expect(found.has('javascript')).toBe(true);
  });

  it('reports the words as written and the offsets they stand at', () => {
    const text = 'Requirements:\nHands-on experience with Postgres.';
    const m = byId(text).get('postgresql')!;
    expect(m.text).toBe('Postgres');
    expect(text.slice(m.start, m.end)).toBe('Postgres');
    expect(m.evidence).toBe('Hands-on experience with Postgres.');
  });
});

describe('requirement levels', () => {
  const posting = [
    'About us',
    'We build logistics software and react to customer needs quickly. Our founders came from Salesforce.',
    'What you will do',
    '• Build services that route trucks across the country.',
    'Requirements',
    '• 5+ years of experience with Python.',
    '• 3–5 years with AWS.',
    '• Experience with Docker and Kubernetes.',
    'Nice to have',
    '• Terraform',
    '• Experience with Kafka is a plus.',
    'Benefits',
    '• A pension scheme and Spring 2026 start dates.',
  ].join('\n');
  const found = byId(posting);

  it('takes the level from the section a skill stands in', () => {
    expect(found.get('python')?.requirement).toBe('required');
    expect(found.get('docker')?.requirement).toBe('required');
    expect(found.get('terraform')?.requirement).toBe('preferred');
    expect(found.get('kafka')?.requirement ?? found.get('apache-kafka')?.requirement).toBe('preferred');
  });

  it('reads years of experience where stated', () => {
    expect(found.get('python')?.years).toBe(5);
    expect(found.get('aws')?.years).toBe(3);
    expect(found.get('docker')?.years).toBeUndefined();
  });

  it('finds no skill in the traps of the blurb and the benefits', () => {
    expect(found.has('react')).toBe(false);
    expect(found.has('spring')).toBe(false);
    expect(found.has('scheme')).toBe(false);
  });

  it('does not make requirements of what the company blurb names', () => {
    // The blurb's Salesforce is where the founders worked: reported apart, never as a requirement.
    expect(found.get('salesforce')).toMatchObject({ requirement: 'mentioned', incidental: true });
  });

  it.each([
    ['Experience with Spark is a significant plus.', 'apache-spark', 'preferred'],
    ['Experience with version control systems (preferably Git).', 'git', 'preferred'],
    ['Requirements: excellent English, other languages (e.g. German) are a plus.', 'german', 'preferred'],
    ['Requirements: excellent English, other languages (e.g. German) are a plus.', 'english', 'required'],
    ['Must have strong SQL skills.', 'sql', 'required'],
    ['Web frameworks: Django (Preferred), Flask.', 'django', 'preferred'],
    // "Particularly" and "especially" narrow a requirement; they do not make it optional.
    ['Requirements: AWS experience, particularly with EC2, S3 and RDS.', 'amazon-s3', 'required'],
    ['Requirements: 5+ years with Python, especially pandas and NumPy.', 'pandas', 'required'],
    ['• Desired experience with SQLAlchemy and MongoDB.', 'sqlalchemy', 'preferred'],
    ['We value candidates who know Kubernetes.', 'kubernetes', 'preferred'],
    // A remark after the item's full stop covers the whole item, and does not end a list.
    ['• Exp with any NoSQL DB (Mongo DB), Elastic Search, Apache Solr. (Added advantage)', 'mongodb', 'preferred'],
    ['Requirements: Web frameworks: Django (Preferred), Flask.', 'flask', 'required'],
    // Two skills named together are both found ("algorithms and data structures" is not one skill).
    ['Requirements: a good grasp of algorithms and data structures.', 'data-structures', 'required'],
    ['Requirements: a good grasp of data structures and algorithms.', 'algorithms', 'required'],
    // The role summary's sentence about whom they hire asks for what it names.
    ['About the role\nWe are seeking a Data Engineer with deep expertise in Airflow and dbt.', 'apache-airflow', 'required'],
    ['About Acme\nAcme builds tools with Airflow for farmers.', 'apache-airflow', 'mentioned'],
  ])('%s → %s is %s', (text, id, level) => {
    expect(byId(text).get(id)?.requirement).toBe(level);
  });
});

describe('alternatives', () => {
  it('groups skills stated as alternatives, so that one of them is enough', () => {
    const found = byId('Requirements: proficiency in Python or Java, and experience with AWS/GCP/Azure. Also SQL and Git.');
    const group = (id: string) => found.get(id)?.group;
    expect(group('python')).toBeDefined();
    expect(group('python')).toBe(group('java'));
    expect(group('aws')).toBeDefined();
    expect(group('aws')).toBe(group('gcp'));
    expect(group('gcp')).toBe(group('azure'));
    expect(group('aws')).not.toBe(group('python'));
    expect(group('sql')).toBeUndefined();
    expect(group('git')).toBeUndefined();
  });
});

describe('soft skills', () => {
  it('marks soft skills so that they are reported apart', () => {
    const found = byId('Requirements: excellent communication skills and SQL.');
    expect(found.get('communication')?.soft).toBe(true);
    expect(found.get('sql')?.soft).toBeUndefined();
  });
});
