-- A new name row no longer updates entity.other_names through a trigger: the writers that add names set it themselves
-- (Writing/OtherNames.cs). Why: nearly every name row is written with a new entity, whose row can carry its other names
-- from the start; the trigger rewrote that row once per name. Timed per SQL statement inside the store's writes (bench,
-- 60k statements), a name row cost 1.7 times a statement row with the trigger and 0.6 times without it: the trigger
-- was about 7 % of the store's write time.
-- The triggers for names changed or removed stay: those writes are rare, and any writer's stay right.
-- The contract tests check, after every test, that each entity's other_names lists exactly its names but its own.
DROP TRIGGER entity_alias_added;
