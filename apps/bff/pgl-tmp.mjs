import { PGlite } from '@electric-sql/pglite';
let t = Date.now();
const db = await PGlite.create('memory://');
console.log('create ms', Date.now() - t);
console.log(
  (
    await db.query('select $1::jsonb as a, $2::text::jsonb as b, $3::timestamptz as d, $4::jsonb as arr', [
      JSON.stringify({ x: 1 }),
      JSON.stringify({ x: 1 }),
      new Date(0),
      [1, 2],
    ])
  ).rows,
);
await db.exec(
  `CREATE TABLE t(id int); CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'nope' USING ERRCODE = 'P0001'; END $$; CREATE TRIGGER tr BEFORE DELETE ON t FOR EACH ROW EXECUTE FUNCTION f();`,
);
await db.query('insert into t values (1)');
try {
  await db.query('delete from t');
} catch (e) {
  console.log('trigger', e.message, e.code, e.constructor.name);
}
console.log((await db.query('select count(*) as c from t')).rows);
await db.query('create table if not exists t(id int)');
t = Date.now();
if (db.clone) {
  const c = await db.clone();
  console.log('clone ms', Date.now() - t, (await c.query('select * from t')).rows);
}
t = Date.now();
const d2 = await PGlite.create();
console.log('create2 ms', Date.now() - t);
