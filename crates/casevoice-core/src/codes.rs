//! The DfE children-in-need code lists the case record uses for a child's ethnicity,
//! disabilities and the factors identified at assessment. Records hold the official
//! code, not our own names for things, so an exported record reads the same in the
//! local authority's case system as in the DfE census; the words a user sees for
//! each code live in the message catalogue.

use std::collections::BTreeSet;
use std::fmt;

use serde::{Deserialize, Serialize};

/// A code that is not on the list it was read for. It keeps the text as read so a
/// report of a damaged record can say exactly what was there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownCode {
    pub(crate) list: &'static str,
    pub(crate) code: String,
}

impl UnknownCode {
    /// The text that was read, as it was.
    pub fn code(&self) -> &str {
        &self.code
    }

    /// Which code list it was read for: "ethnicity", "disability" or "factor".
    pub fn list(&self) -> &'static str {
        self.list
    }
}

impl fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Debug quoting, so control characters in a damaged record stay visible.
        write!(f, "{:?} is not a DfE {} code", self.code, self.list)
    }
}

impl std::error::Error for UnknownCode {}

/// One macro for the three lists, so each code is written once, next to its
/// variant, and `ALL`, `code` and `from_code` cannot drift apart.
macro_rules! code_list {
    (
        $(#[$meta:meta])*
        pub enum $name:ident in $list:literal {
            $( $(#[$variant_meta:meta])* $variant:ident = $code:literal, )+
        }
    ) => {
        $(#[$meta])*
        ///
        /// Serialised as the official code. Reading accepts what [`Self::from_code`]
        /// accepts and refuses anything else, naming the code it could not read.
        /// The order (`Ord`) is the DfE's, so sets of codes list in the order the
        /// specification and the form give them.
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
        )]
        #[serde(try_from = "String", into = "&'static str")]
        pub enum $name {
            $( $(#[$variant_meta])* $variant, )+
        }

        impl $name {
            /// Every code, in the order the DfE specification lists them.
            pub const ALL: &'static [Self] = &[$(Self::$variant,)+];

            /// The official code, as the census and case systems expect it.
            pub fn code(self) -> &'static str {
                match self {
                    $(Self::$variant => $code,)+
                }
            }

            /// Reads a code as it may arrive from another system or a hand-kept
            /// spreadsheet: spaces around it and lower case are forgiven, nothing
            /// else is.
            pub fn from_code(input: &str) -> Option<Self> {
                let trimmed = input.trim();
                Self::ALL
                    .iter()
                    .copied()
                    .find(|candidate| candidate.code().eq_ignore_ascii_case(trimmed))
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.code())
            }
        }

        impl From<$name> for &'static str {
            fn from(value: $name) -> Self {
                value.code()
            }
        }

        // By hand, because serde goes through `&'static str`: the derive would say
        // "any string", and the schema should refuse a code that is not on the list.
        #[cfg(feature = "schema")]
        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn schema_id() -> std::borrow::Cow<'static, str> {
                concat!(module_path!(), "::", stringify!($name)).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "description": concat!("A code from the ", $list, " list."),
                    "type": "string",
                    "enum": [$($code),+],
                })
            }
        }

        impl TryFrom<String> for $name {
            type Error = UnknownCode;

            fn try_from(value: String) -> Result<Self, Self::Error> {
                Self::from_code(&value).ok_or(UnknownCode {
                    list: $list,
                    code: value,
                })
            }
        }
    };
}

// The case record's own choice lists (proceedings, hearing types) use it too.
pub(crate) use code_list;

code_list! {
    /// A child's ethnicity, as the DfE records it. Refused and not yet obtained are
    /// answers in their own right: a child or family may choose not to say, and
    /// the census wants to know that the question was asked.
    pub enum Ethnicity in "ethnicity" {
        WhiteBritish = "WBRI",
        WhiteIrish = "WIRI",
        /// Any other White background.
        WhiteOther = "WOTH",
        TravellerOfIrishHeritage = "WIRT",
        GypsyRoma = "WROM",
        WhiteAndBlackCaribbean = "MWBC",
        WhiteAndBlackAfrican = "MWBA",
        WhiteAndAsian = "MWAS",
        /// Any other mixed background.
        MixedOther = "MOTH",
        Indian = "AIND",
        Pakistani = "APKN",
        Bangladeshi = "ABAN",
        Chinese = "CHNE",
        /// Any other Asian background.
        AsianOther = "AOTH",
        BlackCaribbean = "BCRB",
        BlackAfrican = "BAFR",
        /// Any other Black background.
        BlackOther = "BOTH",
        /// Any other ethnic group.
        OtherEthnicGroup = "OOTH",
        /// The child or family chose not to say.
        Refused = "REFU",
        /// Nobody has asked yet, or the answer is not yet known.
        NotYetObtained = "NOBT",
    }
}

code_list! {
    /// A kind of disability the DfE records. A child has all that apply, or
    /// [`Disability::NoDisability`] on its own: see [`Disabilities`].
    pub enum Disability in "disability" {
        /// `NONE`: named so it cannot be mistaken for `Option::None`.
        NoDisability = "NONE",
        Mobility = "MOB",
        HandFunction = "HAND",
        PersonalCare = "PC",
        Incontinence = "INC",
        Communication = "COMM",
        Learning = "LD",
        Hearing = "HEAR",
        Vision = "VIS",
        Behaviour = "BEH",
        Consciousness = "CON",
        /// Autism or Asperger syndrome.
        Autism = "AUT",
        /// `DDA`: any other disability within the Disability Discrimination Act.
        Other = "DDA",
    }
}

code_list! {
    /// A factor identified at the end of an assessment. Where a factor comes in
    /// three, the suffix says whose it is: A the child, B a parent or carer, C
    /// another person in the household. A child has all that apply, or
    /// [`Factor::NoFactors`] on its own: see [`Factors`].
    pub enum Factor in "factor" {
        AlcoholChild = "1A",
        AlcoholParent = "1B",
        AlcoholOtherPerson = "1C",
        DrugsChild = "2A",
        DrugsParent = "2B",
        DrugsOtherPerson = "2C",
        DomesticAbuseChild = "3A",
        DomesticAbuseParent = "3B",
        DomesticAbuseOtherPerson = "3C",
        MentalHealthChild = "4A",
        MentalHealthParent = "4B",
        MentalHealthOtherPerson = "4C",
        LearningDisabilityChild = "5A",
        LearningDisabilityParent = "5B",
        LearningDisabilityOtherPerson = "5C",
        /// Physical disability or illness.
        PhysicalDisabilityChild = "6A",
        /// Physical disability or illness.
        PhysicalDisabilityParent = "6B",
        /// Physical disability or illness.
        PhysicalDisabilityOtherPerson = "6C",
        YoungCarer = "7A",
        UnaccompaniedAsylumSeekingChild = "9A",
        GoingMissing = "10A",
        ChildSexualExploitation = "11A",
        Trafficking = "12A",
        Gangs = "13A",
        SelfHarm = "15A",
        Neglect = "16A",
        EmotionalAbuse = "17A",
        PhysicalAbuseChild = "18A",
        PhysicalAbuseParent = "18B",
        PhysicalAbuseOtherPerson = "18C",
        SexualAbuseChild = "19A",
        SexualAbuseParent = "19B",
        SexualAbuseOtherPerson = "19C",
        Other = "20",
        /// No factors identified: only ever on its own.
        NoFactors = "21",
        FemaleGenitalMutilation = "22A",
        AbuseLinkedToFaithOrBelief = "23A",
        ChildCriminalExploitation = "24A",
    }
}

/// Why a set of answers with a "none" option cannot be kept: nothing was chosen,
/// or "none" was chosen alongside something else. The form's checkboxes make
/// "none" exclusive, but only with JavaScript, and imported records have no form.
fn exclusive_set<T: Ord + Copy>(
    selected: impl IntoIterator<Item = T>,
    none: T,
) -> Result<BTreeSet<T>, ExclusiveProblem> {
    let set: BTreeSet<T> = selected.into_iter().collect();
    if set.is_empty() {
        Err(ExclusiveProblem::NoneSelected)
    } else if set.contains(&none) && set.len() > 1 {
        Err(ExclusiveProblem::NoneWithOthers)
    } else {
        Ok(set)
    }
}

enum ExclusiveProblem {
    NoneSelected,
    NoneWithOthers,
}

/// Why a choice of disabilities cannot be kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DisabilityProblem {
    /// Nothing was chosen, not even "No disability". GOV.UK wording: "Select the
    /// child's disabilities, or select 'No disability'".
    NoneSelected,
    /// "No disability" was chosen with a disability. GOV.UK wording: "Select the
    /// child's disabilities, or select 'No disability', not both".
    NoneWithOthers,
}

impl fmt::Display for DisabilityProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DisabilityProblem::NoneSelected => "no disability codes, not even NONE",
            DisabilityProblem::NoneWithOthers => "NONE together with other disability codes",
        })
    }
}

impl std::error::Error for DisabilityProblem {}

/// A child's disabilities as the DfE asks for them: every one that applies, or
/// `NONE` on its own, never empty. Unanswered is the record's business (an
/// `Option` around this), so an empty set can never be mistaken for "none".
/// Stored as a list of codes in the DfE's order.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "Vec<Disability>", into = "Vec<Disability>")]
pub struct Disabilities(BTreeSet<Disability>);

impl Disabilities {
    /// Keeps the disabilities chosen, once each, if together they are an answer.
    pub fn new(selected: impl IntoIterator<Item = Disability>) -> Result<Self, DisabilityProblem> {
        exclusive_set(selected, Disability::NoDisability)
            .map(Disabilities)
            .map_err(|problem| match problem {
                ExclusiveProblem::NoneSelected => DisabilityProblem::NoneSelected,
                ExclusiveProblem::NoneWithOthers => DisabilityProblem::NoneWithOthers,
            })
    }

    /// The answer "No disability".
    pub fn no_disability() -> Self {
        Disabilities(BTreeSet::from([Disability::NoDisability]))
    }

    pub fn contains(&self, disability: Disability) -> bool {
        self.0.contains(&disability)
    }

    /// In the DfE's order, whatever order they were chosen in.
    pub fn iter(&self) -> impl Iterator<Item = Disability> + '_ {
        self.0.iter().copied()
    }
}

impl TryFrom<Vec<Disability>> for Disabilities {
    type Error = DisabilityProblem;

    fn try_from(value: Vec<Disability>) -> Result<Self, Self::Error> {
        Disabilities::new(value)
    }
}

impl From<Disabilities> for Vec<Disability> {
    fn from(value: Disabilities) -> Self {
        value.0.into_iter().collect()
    }
}

/// Why a choice of factors identified at assessment cannot be kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FactorProblem {
    /// Nothing was chosen, not even "No factors identified". GOV.UK wording:
    /// "Select the factors identified at assessment, or select 'No factors
    /// identified'".
    NoneSelected,
    /// "No factors identified" (code 21) was chosen with a factor. GOV.UK
    /// wording: "Select the factors identified at assessment, or select 'No
    /// factors identified', not both".
    NoFactorsWithOthers,
}

impl fmt::Display for FactorProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FactorProblem::NoneSelected => "no factor codes, not even 21",
            FactorProblem::NoFactorsWithOthers => {
                "21 (no factors) together with other factor codes"
            }
        })
    }
}

impl std::error::Error for FactorProblem {}

/// The factors identified at the end of an assessment: every one that applies, or
/// code 21 "no factors" on its own, never empty. Stored as a list of codes in the
/// DfE's order.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "Vec<Factor>", into = "Vec<Factor>")]
pub struct Factors(BTreeSet<Factor>);

impl Factors {
    /// Keeps the factors chosen, once each, if together they are an answer.
    pub fn new(selected: impl IntoIterator<Item = Factor>) -> Result<Self, FactorProblem> {
        exclusive_set(selected, Factor::NoFactors)
            .map(Factors)
            .map_err(|problem| match problem {
                ExclusiveProblem::NoneSelected => FactorProblem::NoneSelected,
                ExclusiveProblem::NoneWithOthers => FactorProblem::NoFactorsWithOthers,
            })
    }

    /// The answer "No factors identified".
    pub fn no_factors() -> Self {
        Factors(BTreeSet::from([Factor::NoFactors]))
    }

    pub fn contains(&self, factor: Factor) -> bool {
        self.0.contains(&factor)
    }

    /// In the DfE's order, whatever order they were chosen in.
    pub fn iter(&self) -> impl Iterator<Item = Factor> + '_ {
        self.0.iter().copied()
    }
}

impl TryFrom<Vec<Factor>> for Factors {
    type Error = FactorProblem;

    fn try_from(value: Vec<Factor>) -> Result<Self, Self::Error> {
        Factors::new(value)
    }
}

impl From<Factors> for Vec<Factor> {
    fn from(value: Factors) -> Self {
        value.0.into_iter().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::HashSet;

    /// Runs the same checks over all three lists without repeating them.
    fn check_list<T>(all: &[T], code: fn(T) -> &'static str, from_code: fn(&str) -> Option<T>)
    where
        T: Copy + PartialEq + fmt::Debug + Serialize + serde::de::DeserializeOwned,
    {
        let codes: HashSet<&str> = all.iter().map(|item| code(*item)).collect();
        assert_eq!(codes.len(), all.len(), "a code appears twice");
        for item in all {
            let official = code(*item);
            assert_eq!(from_code(official), Some(*item), "{official}");
            let json = serde_json::to_string(item).unwrap();
            assert_eq!(json, format!("\"{official}\""));
            assert_eq!(serde_json::from_str::<T>(&json).unwrap(), *item);
        }
    }

    #[test]
    fn there_are_twenty_ethnicities_each_with_its_own_code_that_round_trips() {
        assert_eq!(Ethnicity::ALL.len(), 20);
        check_list(Ethnicity::ALL, Ethnicity::code, Ethnicity::from_code);
    }

    #[test]
    fn there_are_thirteen_disabilities_each_with_its_own_code_that_round_trips() {
        assert_eq!(Disability::ALL.len(), 13);
        check_list(Disability::ALL, Disability::code, Disability::from_code);
    }

    #[test]
    fn there_are_thirty_eight_factors_each_with_its_own_code_that_round_trips() {
        assert_eq!(Factor::ALL.len(), 38);
        check_list(Factor::ALL, Factor::code, Factor::from_code);
    }

    #[test]
    fn lists_keep_the_dfe_order() {
        let ethnicities: Vec<&str> = Ethnicity::ALL.iter().map(|e| e.code()).collect();
        assert_eq!(
            ethnicities.join(" "),
            "WBRI WIRI WOTH WIRT WROM MWBC MWBA MWAS MOTH AIND APKN ABAN CHNE AOTH BCRB BAFR \
             BOTH OOTH REFU NOBT"
        );
        let disabilities: Vec<&str> = Disability::ALL.iter().map(|d| d.code()).collect();
        assert_eq!(
            disabilities.join(" "),
            "NONE MOB HAND PC INC COMM LD HEAR VIS BEH CON AUT DDA"
        );
        let factors: Vec<&str> = Factor::ALL.iter().map(|f| f.code()).collect();
        assert_eq!(
            factors.join(" "),
            "1A 1B 1C 2A 2B 2C 3A 3B 3C 4A 4B 4C 5A 5B 5C 6A 6B 6C 7A 9A 10A 11A 12A 13A \
             15A 16A 17A 18A 18B 18C 19A 19B 19C 20 21 22A 23A 24A"
        );
        for list in [
            Ethnicity::ALL.windows(2).all(|w| w[0] < w[1]),
            Disability::ALL.windows(2).all(|w| w[0] < w[1]),
            Factor::ALL.windows(2).all(|w| w[0] < w[1]),
        ] {
            assert!(list, "Ord does not follow ALL");
        }
    }

    #[test]
    fn codes_are_read_whatever_their_case_and_surrounding_spaces() {
        assert_eq!(
            Ethnicity::from_code(" wbri\t"),
            Some(Ethnicity::WhiteBritish)
        );
        assert_eq!(Disability::from_code("Aut"), Some(Disability::Autism));
        assert_eq!(
            Factor::from_code(" 24a\n"),
            Some(Factor::ChildCriminalExploitation)
        );
        assert_eq!(
            serde_json::from_str::<Disability>("\" none \"").unwrap(),
            Disability::NoDisability
        );
    }

    #[test]
    fn unknown_codes_are_refused() {
        for unknown in ["", " ", "WBR", "WBRIX", "W BRI", "WHITE", "ＷＢＲＩ"] {
            assert_eq!(Ethnicity::from_code(unknown), None, "{unknown:?}");
        }
        for unknown in ["NO", "NONE,MOB", "MOBILITY", "DDA1", "AUTISM"] {
            assert_eq!(Disability::from_code(unknown), None, "{unknown:?}");
        }
        // Codes this record does not use, and near misses.
        for unknown in [
            "8B", "14A", "1", "1D", "7B", "20A", "21A", "25A", "01A", "1 A",
        ] {
            assert_eq!(Factor::from_code(unknown), None, "{unknown:?}");
        }
    }

    #[test]
    fn reading_an_unknown_code_says_which_code_and_which_list() {
        let error = serde_json::from_str::<Ethnicity>("\"XXXX\"").unwrap_err();
        let text = error.to_string();
        assert!(text.contains("\"XXXX\""), "{text}");
        assert!(text.contains("ethnicity"), "{text}");

        let error = serde_json::from_str::<Factor>("\"14A\"").unwrap_err();
        assert!(error.to_string().contains("\"14A\""), "{error}");

        let unknown = Disability::try_from("SIGHT".to_string()).unwrap_err();
        assert_eq!(unknown.code(), "SIGHT");
        assert_eq!(unknown.list(), "disability");
    }

    #[test]
    fn a_child_may_have_several_disabilities_kept_once_each_in_dfe_order() {
        let disabilities =
            Disabilities::new([Disability::Vision, Disability::Mobility, Disability::Vision])
                .unwrap();
        assert_eq!(
            disabilities.iter().collect::<Vec<_>>(),
            [Disability::Mobility, Disability::Vision]
        );
        assert!(disabilities.contains(Disability::Vision));
        assert!(!disabilities.contains(Disability::NoDisability));
        assert_eq!(
            serde_json::to_string(&disabilities).unwrap(),
            "[\"MOB\",\"VIS\"]"
        );
    }

    #[test]
    fn no_disability_is_an_answer_on_its_own_but_not_with_others_and_nothing_is_not_an_answer() {
        assert_eq!(
            Disabilities::new([Disability::NoDisability]),
            Ok(Disabilities::no_disability())
        );
        assert_eq!(
            Disabilities::new([Disability::NoDisability, Disability::Hearing]),
            Err(DisabilityProblem::NoneWithOthers)
        );
        assert_eq!(Disabilities::new([]), Err(DisabilityProblem::NoneSelected));
    }

    #[test]
    fn stored_disabilities_are_checked_when_read() {
        assert_eq!(
            serde_json::from_str::<Disabilities>("[\"NONE\"]").unwrap(),
            Disabilities::no_disability()
        );
        assert!(serde_json::from_str::<Disabilities>("[]").is_err());
        assert!(serde_json::from_str::<Disabilities>("[\"NONE\",\"LD\"]").is_err());
        assert!(serde_json::from_str::<Disabilities>("[\"LD\",\"XYZ\"]").is_err());
    }

    #[test]
    fn no_factors_is_an_answer_on_its_own_but_not_with_others_and_nothing_is_not_an_answer() {
        assert_eq!(Factors::new([Factor::NoFactors]), Ok(Factors::no_factors()));
        assert_eq!(
            Factors::new([Factor::Neglect, Factor::NoFactors]),
            Err(FactorProblem::NoFactorsWithOthers)
        );
        assert_eq!(Factors::new([]), Err(FactorProblem::NoneSelected));

        let factors = Factors::new([Factor::Neglect, Factor::DomesticAbuseParent]).unwrap();
        assert_eq!(serde_json::to_string(&factors).unwrap(), "[\"3B\",\"16A\"]");
        assert_eq!(
            serde_json::from_str::<Factors>("[\"16A\",\"3B\"]").unwrap(),
            factors
        );
        assert!(serde_json::from_str::<Factors>("[\"21\",\"16A\"]").is_err());
        assert!(serde_json::from_str::<Factors>("[]").is_err());
    }

    fn any_disability() -> impl Strategy<Value = Disability> {
        prop::sample::select(Disability::ALL)
    }

    fn any_factor() -> impl Strategy<Value = Factor> {
        prop::sample::select(Factor::ALL)
    }

    proptest! {
        #[test]
        fn reading_any_text_never_panics_and_anything_read_is_its_own_code(input in any::<String>()) {
            let expected = input.trim().to_uppercase();
            if let Some(ethnicity) = Ethnicity::from_code(&input) {
                prop_assert_eq!(ethnicity.code(), expected.as_str());
            }
            if let Some(disability) = Disability::from_code(&input) {
                prop_assert_eq!(disability.code(), expected.as_str());
            }
            if let Some(factor) = Factor::from_code(&input) {
                prop_assert_eq!(factor.code(), expected.as_str());
            }
        }

        #[test]
        fn any_code_is_read_in_any_case_with_any_spacing(
            factor in any_factor(),
            ethnicity in prop::sample::select(Ethnicity::ALL),
            lower in any::<bool>(),
            before in "[ \t]{0,3}",
            after in "[ \t\n]{0,3}",
        ) {
            let typed = |code: &str| {
                let code = if lower { code.to_lowercase() } else { code.to_string() };
                format!("{before}{code}{after}")
            };
            prop_assert_eq!(Factor::from_code(&typed(factor.code())), Some(factor));
            prop_assert_eq!(Ethnicity::from_code(&typed(ethnicity.code())), Some(ethnicity));
        }

        #[test]
        fn a_disability_set_is_kept_exactly_when_it_is_none_alone_or_has_no_none(
            chosen in prop::collection::vec(any_disability(), 0..6),
        ) {
            let has_none = chosen.contains(&Disability::NoDisability);
            let distinct: BTreeSet<Disability> = chosen.iter().copied().collect();
            let result = Disabilities::new(chosen.clone());
            if chosen.is_empty() {
                prop_assert_eq!(result, Err(DisabilityProblem::NoneSelected));
            } else if has_none && distinct.len() > 1 {
                prop_assert_eq!(result, Err(DisabilityProblem::NoneWithOthers));
            } else {
                let kept = result.map(|d| d.iter().collect::<BTreeSet<_>>());
                prop_assert_eq!(kept, Ok(distinct));
            }
        }

        #[test]
        fn a_factor_set_survives_being_stored_and_read(
            chosen in prop::collection::vec(any_factor(), 1..8),
        ) {
            if let Ok(factors) = Factors::new(chosen) {
                let json = serde_json::to_string(&factors).unwrap();
                prop_assert_eq!(serde_json::from_str::<Factors>(&json).unwrap(), factors);
            }
        }
    }
}
