//! Checks and safeguarding: the police and local authority checks on each adult,
//! the risk factors, the harm to each child and what is being done about it.
//! Checks live on each [`Adult`](crate::adult::Adult) and harm on each
//! [`Child`](crate::child::Child), so removing a person removes what was recorded
//! about them; the case-level answers live here.

use serde::{Deserialize, Serialize};

use crate::codes::Factor;
use crate::dates::DateParts;

/// One agency check on one adult.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct AgencyCheck {
    pub requested: DateParts,
    pub received: DateParts,
    pub outcome: String,
}

/// What a child has suffered or is at risk of suffering (Children Act 1989
/// s.1(3)(e)), on the scale practitioners use in assessments.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Harm {
    None,
    Possible,
    Likely,
    Actual,
}

impl Harm {
    pub const ALL: [Harm; 4] = [Harm::None, Harm::Possible, Harm::Likely, Harm::Actual];

    pub fn code(self) -> &'static str {
        match self {
            Harm::None => "none",
            Harm::Possible => "possible",
            Harm::Likely => "likely",
            Harm::Actual => "actual",
        }
    }

    pub fn from_code(code: &str) -> Option<Harm> {
        Harm::ALL.into_iter().find(|h| h.code() == code)
    }

    /// Likely or actual harm needs a referral to the local authority.
    pub fn needs_referral(self) -> bool {
        matches!(self, Harm::Likely | Harm::Actual)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Safeguarding {
    /// DfE factors identified at assessment; "21 no factors" only on its own.
    pub factors: Vec<Factor>,
    pub immediate_actions: String,
    pub referral_date: DateParts,
    pub referral_reference: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_likely_and_actual_harm_need_a_referral() {
        let needing: Vec<Harm> = Harm::ALL
            .into_iter()
            .filter(|h| h.needs_referral())
            .collect();
        assert_eq!(needing, [Harm::Likely, Harm::Actual]);
    }

    #[test]
    fn harm_is_stored_as_its_code() {
        assert_eq!(serde_json::to_string(&Harm::Likely).unwrap(), r#""likely""#);
        for harm in Harm::ALL {
            assert_eq!(Harm::from_code(harm.code()), Some(harm));
        }
        assert_eq!(Harm::from_code("severe"), None);
    }
}
