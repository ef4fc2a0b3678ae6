use uuid::Uuid;

/// Every page's address. Record ids are in the path, so reloading any page, or
/// opening it from a bookmark, finds the same record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    Record(Uuid),
    CaseNumber(Uuid),
    NotFound,
}

impl Route {
    pub fn from_path(path: &str) -> Route {
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            [] => Route::Home,
            ["records", id] => parse_id(id).map_or(Route::NotFound, Route::Record),
            ["records", id, "case-number"] => {
                parse_id(id).map_or(Route::NotFound, Route::CaseNumber)
            }
            _ => Route::NotFound,
        }
    }

    pub fn to_path(self) -> String {
        match self {
            Route::Home => "/".to_string(),
            Route::Record(id) => format!("/records/{id}"),
            Route::CaseNumber(id) => format!("/records/{id}/case-number"),
            Route::NotFound => "/not-found".to_string(),
        }
    }
}

fn parse_id(segment: &str) -> Option<Uuid> {
    Uuid::try_parse(segment).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    const ID: &str = "5f0c1d2e-3a4b-4c5d-8e6f-708192a3b4c5";

    #[test]
    fn every_route_reads_back_from_its_own_path() {
        let id = Uuid::parse_str(ID).unwrap();
        for route in [
            Route::Home,
            Route::Record(id),
            Route::CaseNumber(id),
            Route::NotFound,
        ] {
            assert_eq!(Route::from_path(&route.to_path()), route);
        }
    }

    #[test]
    fn reads_paths_as_a_browser_gives_them() {
        let id = Uuid::parse_str(ID).unwrap();
        assert_eq!(Route::from_path(""), Route::Home);
        assert_eq!(Route::from_path("/"), Route::Home);
        assert_eq!(
            Route::from_path(&format!("/records/{ID}/")),
            Route::Record(id)
        );
        assert_eq!(
            Route::from_path(&format!("/records/{ID}/case-number")),
            Route::CaseNumber(id)
        );
    }

    #[test]
    fn unknown_or_malformed_paths_are_not_found() {
        for path in [
            "/records",
            "/records/not-an-id",
            "/records/x/case-number",
            "/admin",
            "/index.html/x",
        ] {
            assert_eq!(Route::from_path(path), Route::NotFound, "{path}");
        }
    }
}
