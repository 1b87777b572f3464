//! Statements written once for every engine. The SQL uses `?1`-style
//! placeholders; parameters and columns are the few kinds of value tally
//! stores: whole numbers, text and NULL. The store's methods speak only
//! this, so that an engine is added here and in its schema, not in every
//! query.

use rusqlite::types::ValueRef;

use crate::error::{Error, Result};

/// A parameter of a statement.
#[derive(Debug, Clone, Copy)]
pub enum Param<'a> {
    Null,
    Int(i64),
    Text(&'a str),
}

impl From<i64> for Param<'_> {
    fn from(v: i64) -> Self {
        Param::Int(v)
    }
}

impl From<u32> for Param<'_> {
    fn from(v: u32) -> Self {
        Param::Int(v.into())
    }
}

impl From<bool> for Param<'_> {
    fn from(v: bool) -> Self {
        Param::Int(v.into())
    }
}

impl<'a> From<&'a str> for Param<'a> {
    fn from(v: &'a str) -> Self {
        Param::Text(v)
    }
}

impl<'a> From<&'a String> for Param<'a> {
    fn from(v: &'a String) -> Self {
        Param::Text(v)
    }
}

impl<'a, T: Into<Param<'a>>> From<Option<T>> for Param<'a> {
    fn from(v: Option<T>) -> Self {
        v.map_or(Param::Null, Into::into)
    }
}

impl rusqlite::ToSql for Param<'_> {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        Ok(match self {
            Param::Null => rusqlite::types::ToSqlOutput::Borrowed(ValueRef::Null),
            Param::Int(v) => (*v).into(),
            Param::Text(v) => rusqlite::types::ToSqlOutput::Borrowed(ValueRef::Text(v.as_bytes())),
        })
    }
}

/// The parameters of a statement: `params![a, b, c]`.
macro_rules! params {
    ($($p:expr),* $(,)?) => {
        &[$($crate::store::sql::Param::from($p)),*][..]
    };
}
pub(super) use params;

/// A value read from a column, whatever the engine.
pub enum Value {
    Null,
    Int(i64),
    Text(String),
    /// What tally never stores; read only to be refused with a clear message.
    Other(&'static str),
}

impl Value {
    fn describe(&self) -> String {
        match self {
            Value::Null => "NULL".into(),
            Value::Int(i) => format!("the number {i}"),
            Value::Text(t) => format!("the text '{}'", t.escape_debug()),
            Value::Other(what) => (*what).into(),
        }
    }
}

/// A type a column can be read as.
pub trait Column: Sized {
    fn from_value(v: Value) -> std::result::Result<Self, String>;
}

impl Column for i64 {
    fn from_value(v: Value) -> std::result::Result<Self, String> {
        match v {
            Value::Int(i) => Ok(i),
            other => Err(format!("{} where a whole number belongs", other.describe())),
        }
    }
}

impl Column for bool {
    fn from_value(v: Value) -> std::result::Result<Self, String> {
        Ok(i64::from_value(v)? != 0)
    }
}

impl Column for String {
    fn from_value(v: Value) -> std::result::Result<Self, String> {
        match v {
            Value::Text(s) => Ok(s),
            other => Err(format!("{} where text belongs", other.describe())),
        }
    }
}

impl<T: Column> Column for Option<T> {
    fn from_value(v: Value) -> std::result::Result<Self, String> {
        match v {
            Value::Null => Ok(None),
            v => T::from_value(v).map(Some),
        }
    }
}

/// One row of a result, its columns read by name.
pub enum Row<'r> {
    Sqlite(&'r rusqlite::Row<'r>),
    Pg(&'r postgres::Row),
}

impl Row<'_> {
    pub fn get<T: Column>(&self, name: &str) -> Result<T> {
        let v = match self {
            Row::Sqlite(r) => sqlite_value(r.get_ref(name)?),
            Row::Pg(r) => super::pg::value(r, name)?,
        };
        T::from_value(v).map_err(|why| super::errors::unreadable(name, &why))
    }

    /// The names of the row's columns, in order.
    pub fn names(&self) -> Vec<String> {
        match self {
            Row::Sqlite(r) => r.as_ref().column_names().map(str::to_string).collect(),
            Row::Pg(r) => r.columns().iter().map(|c| c.name().to_string()).collect(),
        }
    }

    /// The `i`th column, whatever it holds.
    pub fn at(&self, i: usize) -> Result<Value> {
        match self {
            Row::Sqlite(r) => Ok(sqlite_value(r.get_ref(i)?)),
            Row::Pg(r) => super::pg::value_at(r, i),
        }
    }
}

fn sqlite_value(v: ValueRef) -> Value {
    match v {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(i) => Value::Int(i),
        ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Real(_) => Value::Other("a real number"),
        ValueRef::Blob(_) => Value::Other("a blob"),
    }
}

/// The open transaction, on either engine: runs statements, maps rows.
#[derive(Clone, Copy)]
pub enum Conn<'c> {
    Sqlite(&'c rusqlite::Connection),
    Pg(&'c super::pg::Session),
}

impl Conn<'_> {
    /// The statement for this engine, where the two must differ.
    pub fn pick(&self, sqlite: &'static str, pg: &'static str) -> &'static str {
        match self {
            Conn::Sqlite(_) => sqlite,
            Conn::Pg(_) => pg,
        }
    }

    /// Runs a statement that returns no rows; how many rows it changed.
    pub fn exec(&self, sql: &str, params: &[Param]) -> Result<usize> {
        match self {
            Conn::Sqlite(c) => Ok(c
                .prepare_cached(sql)?
                .execute(rusqlite::params_from_iter(params))?),
            Conn::Pg(s) => s.exec(sql, params),
        }
    }

    /// Runs an `INSERT ... RETURNING id`; the new row's id.
    pub fn insert(&self, sql: &str, params: &[Param]) -> Result<i64> {
        self.one(sql, params, |r| r.get("id"))
    }

    /// Whether the statement returns a row.
    pub fn exists(&self, sql: &str, params: &[Param]) -> Result<bool> {
        Ok(self.opt(sql, params, |_| Ok(()))?.is_some())
    }

    /// Exactly one row.
    pub fn one<T>(
        &self,
        sql: &str,
        params: &[Param],
        f: impl FnMut(&Row) -> Result<T>,
    ) -> Result<T> {
        self.opt(sql, params, f)?
            .ok_or_else(|| Error::from(rusqlite::Error::QueryReturnedNoRows))
    }

    /// One row, or none.
    pub fn opt<T>(
        &self,
        sql: &str,
        params: &[Param],
        mut f: impl FnMut(&Row) -> Result<T>,
    ) -> Result<Option<T>> {
        match self {
            Conn::Sqlite(c) => {
                let mut stmt = c.prepare_cached(sql)?;
                let mut rows = stmt.query(rusqlite::params_from_iter(params))?;
                match rows.next()? {
                    Some(r) => Ok(Some(f(&Row::Sqlite(r))?)),
                    None => Ok(None),
                }
            }
            Conn::Pg(_) => {
                let mut found = None;
                self.each(sql, params, |r| {
                    if found.is_none() {
                        found = Some(f(r)?);
                    }
                    Ok(())
                })?;
                Ok(found)
            }
        }
    }

    /// Every row, in order.
    pub fn all<T>(
        &self,
        sql: &str,
        params: &[Param],
        mut f: impl FnMut(&Row) -> Result<T>,
    ) -> Result<Vec<T>> {
        let mut out = Vec::new();
        self.each(sql, params, |r| {
            out.push(f(r)?);
            Ok(())
        })?;
        Ok(out)
    }

    /// Every row, one at a time, never all held at once.
    pub fn each(
        &self,
        sql: &str,
        params: &[Param],
        mut f: impl FnMut(&Row) -> Result<()>,
    ) -> Result<()> {
        match self {
            Conn::Sqlite(c) => {
                let mut stmt = c.prepare_cached(sql)?;
                let mut rows = stmt.query(rusqlite::params_from_iter(params))?;
                while let Some(r) = rows.next()? {
                    f(&Row::Sqlite(r))?;
                }
                Ok(())
            }
            Conn::Pg(s) => s.each(sql, params, |r| f(&Row::Pg(r))),
        }
    }
}
