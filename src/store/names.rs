//! The names a shell completes.

use super::Store;
use crate::error::Result;

#[derive(Debug, Clone, Copy)]
pub enum Names {
    /// Users who are not deleted.
    Handles,
    Roles,
    /// Plans on offer.
    Plans,
    Kinds,
}

impl Store<'_> {
    pub fn names(&self, what: Names) -> Result<Vec<String>> {
        let sql = match what {
            Names::Handles => {
                "SELECT handle AS name FROM users WHERE status <> 'deleted' ORDER BY handle"
            }
            Names::Roles => "SELECT name FROM roles ORDER BY name",
            Names::Plans => "SELECT name FROM plans WHERE removed_at IS NULL ORDER BY name",
            Names::Kinds => "SELECT name FROM credit_kinds ORDER BY name",
        };
        self.sql()
            .all(sql, super::sql::params![], |r| r.get("name"))
    }
}
