// name: schema
// description: Uniqueness constraints and indexes; every statement is idempotent (IF NOT EXISTS).
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_name IF NOT EXISTS FOR (n:Source) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT organization_key IF NOT EXISTS FOR (n:Organization) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT place_key IF NOT EXISTS FOR (n:Place) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT event_key IF NOT EXISTS FOR (n:Event) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT alias_key IF NOT EXISTS FOR (n:Alias) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT identity_lock_name IF NOT EXISTS FOR (n:IdentityLock) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT effect_id IF NOT EXISTS FOR (n:Effect) REQUIRE n.id IS UNIQUE;
CREATE INDEX entity_name_lc IF NOT EXISTS FOR (n:Entity) ON (n.name_lc);
CREATE INDEX alias_target IF NOT EXISTS FOR (n:Alias) ON (n.target);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published_at);
CREATE INDEX claim_stated IF NOT EXISTS FOR (n:Claim) ON (n.stated_on);
CREATE INDEX claim_metric IF NOT EXISTS FOR (n:Claim) ON (n.metric);
CREATE INDEX event_from IF NOT EXISTS FOR (n:Event) ON (n.valid_from);
CREATE INDEX at_article IF NOT EXISTS FOR ()-[r:AT]-() ON (r.article);
CREATE INDEX involved_article IF NOT EXISTS FOR ()-[r:INVOLVED]-() ON (r.article);
CREATE INDEX affected_article IF NOT EXISTS FOR ()-[r:AFFECTED]-() ON (r.article);
CREATE FULLTEXT INDEX effect_texts IF NOT EXISTS FOR (n:Effect) ON EACH [n.cause_text, n.effect_text, n.evidence] OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases];
CREATE FULLTEXT INDEX claim_texts IF NOT EXISTS FOR (n:Claim) ON EACH [n.text, n.sentence] OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};
CREATE FULLTEXT INDEX event_names IF NOT EXISTS FOR (n:Event) ON EACH [n.name, n.aliases] OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};
CREATE FULLTEXT INDEX effect_texts IF NOT EXISTS FOR (n:Effect) ON EACH [n.cause_text, n.effect_text, n.evidence] OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};
CREATE FULLTEXT INDEX evidence_sentences IF NOT EXISTS FOR ()-[r:AT|INVOLVED|AFFECTED]-() ON EACH [r.sentence, r.evidence, r.description] OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};
