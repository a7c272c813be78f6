-- Entities by type and name key were indexed twice: entity_by_type_name (0004: type, name_key, id) serves every
-- lookup entity_by_name_key (type, name_key) served, so the narrower one only cost an index entry per entity written.
DROP INDEX entity_by_name_key;
