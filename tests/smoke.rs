mod common;
use common::*;

#[test]
fn init_then_add() {
    let env = Env::new();
    let bob = add_user(&env, "bob", &[]);
    assert_eq!(bob["status"], "active");
    env.refused(&["user", "deactivate", "alice"], 1, "is_admin");
}
