// Entity resolution: a one-word PERSON name joins the one multi-word PERSON whose last word it is.
CREATE INDEX entity_last_token IF NOT EXISTS FOR (e:Entity) ON (e.lastToken)
