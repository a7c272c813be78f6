-- Each entity row carries its other names (every entity_alias spelling but the one under its own name key) as a JSON
-- array, NULL when there are none: what reads of whole entities give out as its aliases.
-- Why: a 1-hop neighborhood of a 1,000-degree node reads 1,001 entities; joining entity_alias for their names was a
-- second seek per node into a WITHOUT ROWID b-tree keyed by text, which SQLite's shell timed at about twice the cost of
-- the entity rows themselves (1.4 ms with the join, 0.5 ms from this column, on the bench's 1M-relation graph).
-- Triggers keep the column in step with entity_alias and with the entity's name key, whichever code path writes them,
-- so no writer can forget it. entity_alias stays the table of record: look-ups by name go through its key index.

ALTER TABLE entity ADD COLUMN other_names TEXT;

-- The column's value for each entity, computed from entity_alias (the planner seeks it by n when the triggers ask for one).
CREATE VIEW entity_other_names (n, other_names) AS
SELECT e.n, (SELECT nullif(json_group_array(a.alias), '[]') FROM entity_alias a WHERE a.entity_n = e.n AND a.alias_key <> e.name_key)
FROM entity e;

UPDATE entity SET other_names = (SELECT v.other_names FROM entity_other_names v WHERE v.n = entity.n);

-- A new name row appends its spelling, unless it is under the entity's own name key: (entity_n, alias_key) is the key,
-- so the spelling cannot be there already. Why not recompute from the view, as the rarer changes below do: in SQLite's
-- shell, inserting a name row cost 5.0 µs without a trigger, 11.4 µs with this one and 15–19 µs recomputing (the
-- names are written for every new entity).
CREATE TRIGGER entity_alias_added AFTER INSERT ON entity_alias BEGIN
    UPDATE entity SET other_names = json_insert(coalesce(other_names, '[]'), '$[#]', NEW.alias)
    WHERE n = NEW.entity_n AND name_key IS NOT NEW.alias_key;
END;

CREATE TRIGGER entity_alias_changed AFTER UPDATE ON entity_alias BEGIN
    UPDATE entity SET other_names = (SELECT v.other_names FROM entity_other_names v WHERE v.n = entity.n) WHERE n IN (OLD.entity_n, NEW.entity_n);
END;

CREATE TRIGGER entity_alias_removed AFTER DELETE ON entity_alias BEGIN
    UPDATE entity SET other_names = (SELECT v.other_names FROM entity_other_names v WHERE v.n = entity.n)
    WHERE n = OLD.entity_n AND name_key IS NOT OLD.alias_key;
END;

-- A rename moves the name key: the name that was the entity's own becomes one of its others, and the reverse.
CREATE TRIGGER entity_name_key_changed AFTER UPDATE OF name_key ON entity BEGIN
    UPDATE entity SET other_names = (SELECT v.other_names FROM entity_other_names v WHERE v.n = entity.n) WHERE n = NEW.n;
END;
