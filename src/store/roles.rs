//! Roles, their rights and their members.

use super::Store;
use super::sql::params;
use crate::error::Result;

/// The role that has every right; it is built in.
pub const ADMIN_ROLE: &str = "administrator";

/// A role as `role list` shows it; rights as stored.
pub struct RoleRow {
    pub name: String,
    pub builtin: bool,
    pub rights: Vec<String>,
    pub members: Vec<String>,
}

fn split(s: String) -> Vec<String> {
    s.split(',')
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect()
}

impl Store<'_> {
    pub fn role_id(&self, name: &str) -> Result<Option<i64>> {
        (self.sql()).opt("SELECT id FROM roles WHERE name = ?1", params![name], |r| {
            r.get("id")
        })
    }

    /// The built-in role first, then by name.
    pub fn roles(&self) -> Result<Vec<RoleRow>> {
        self.sql().all(
            "SELECT r.name, r.builtin,
               coalesce((SELECT group_concat(\"right\", ',') FROM (SELECT \"right\" FROM role_rights
                         WHERE role_id = r.id ORDER BY \"right\") AS rr), '') AS rights,
               coalesce((SELECT group_concat(handle, ',') FROM (SELECT u.handle FROM user_roles ur
                         JOIN users u ON u.id = ur.user_id WHERE ur.role_id = r.id ORDER BY u.handle) AS m), '') AS members
             FROM roles r ORDER BY r.builtin DESC, r.name",
            params![],
            |r| {
                Ok(RoleRow {
                    name: r.get("name")?,
                    builtin: r.get("builtin")?,
                    rights: split(r.get("rights")?),
                    members: split(r.get("members")?),
                })
            },
        )
    }

    /// Adds a role of one's own with its rights; returns its id.
    pub fn insert_role(&self, name: &str, rights: &[&str], at: &str) -> Result<i64> {
        self.insert_role_as(name, false, rights, at)
    }

    /// Adds the built-in administrator role, once, by `init`.
    pub fn insert_admin_role(&self, rights: &[&str], at: &str) -> Result<i64> {
        self.insert_role_as(ADMIN_ROLE, true, rights, at)
    }

    fn insert_role_as(&self, name: &str, builtin: bool, rights: &[&str], at: &str) -> Result<i64> {
        let id = self.sql().insert(
            "INSERT INTO roles (name, builtin, created_at) VALUES (?1, ?2, ?3) RETURNING id",
            params![name, builtin, at],
        )?;
        for right in rights {
            self.sql().exec(
                "INSERT INTO role_rights (role_id, \"right\") VALUES (?1, ?2)",
                params![id, *right],
            )?;
        }
        Ok(id)
    }

    pub fn delete_role(&self, role_id: i64) -> Result<()> {
        (self.sql()).exec("DELETE FROM roles WHERE id = ?1", params![role_id])?;
        Ok(())
    }

    /// The handles of those who hold a role.
    pub fn role_members(&self, role_id: i64) -> Result<Vec<String>> {
        self.sql().all(
            "SELECT u.handle FROM user_roles ur JOIN users u ON u.id = ur.user_id
             WHERE ur.role_id = ?1 ORDER BY u.handle",
            params![role_id],
            |r| r.get("handle"),
        )
    }

    pub fn holds_role(&self, user_id: i64, role_id: i64) -> Result<bool> {
        self.sql().exists(
            "SELECT 1 FROM user_roles WHERE user_id = ?1 AND role_id = ?2",
            params![user_id, role_id],
        )
    }

    /// Whether a user holds the administrator role.
    pub fn is_admin(&self, user_id: i64) -> Result<bool> {
        self.sql().exists(
            "SELECT 1 FROM user_roles ur JOIN roles r ON r.id = ur.role_id
             WHERE ur.user_id = ?1 AND r.name = ?2",
            params![user_id, ADMIN_ROLE],
        )
    }

    /// Grants a role; nothing changes when the user holds it already.
    pub fn grant_role(&self, user_id: i64, role_id: i64) -> Result<()> {
        self.sql().exec(
            "INSERT INTO user_roles (user_id, role_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
            params![user_id, role_id],
        )?;
        Ok(())
    }

    pub fn revoke_role(&self, user_id: i64, role_id: i64) -> Result<()> {
        self.sql().exec(
            "DELETE FROM user_roles WHERE user_id = ?1 AND role_id = ?2",
            params![user_id, role_id],
        )?;
        Ok(())
    }

    pub fn revoke_all_roles(&self, user_id: i64) -> Result<()> {
        self.sql().exec(
            "DELETE FROM user_roles WHERE user_id = ?1",
            params![user_id],
        )?;
        Ok(())
    }

    /// Active administrators other than `user_id`, `first` first if it is
    /// one, then by handle.
    pub fn other_active_admins(&self, user_id: i64, first: &str) -> Result<Vec<String>> {
        self.sql().all(
            "SELECT u.handle FROM users u JOIN user_roles ur ON ur.user_id = u.id
             JOIN roles r ON r.id = ur.role_id
             WHERE r.name = ?1 AND u.status = 'active' AND u.id <> ?2
             ORDER BY u.handle = ?3 DESC, u.handle",
            params![ADMIN_ROLE, user_id, first],
            |r| r.get("handle"),
        )
    }

    /// The rights a user holds through their roles, as stored.
    pub fn rights_of(&self, user_id: i64) -> Result<Vec<String>> {
        self.sql().all(
            "SELECT DISTINCT rr.\"right\" FROM user_roles ur
             JOIN role_rights rr ON rr.role_id = ur.role_id WHERE ur.user_id = ?1",
            params![user_id],
            |r| r.get("right"),
        )
    }
}
