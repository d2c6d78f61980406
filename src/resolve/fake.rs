//! The resolver of `SESSIONCTL_FAKE_RESOLVER`: so that tests (and a person diagnosing a slow
//! DNS) can choose what lookups answer, and no test ever sends a DNS query.

use std::collections::HashMap;
use std::net::IpAddr;

use super::Resolver;

/// A resolver for tests and diagnosis, chosen by `SESSIONCTL_FAKE_RESOLVER`: `hang` never
/// answers, `none` knows no name, `IP=NAME,IP=NAME` knows those.
pub struct FakeResolver {
    hang: bool,
    names: HashMap<IpAddr, String>,
}

impl FakeResolver {
    /// A resolver that knows no name.
    pub fn none() -> FakeResolver {
        FakeResolver {
            hang: false,
            names: HashMap::new(),
        }
    }

    pub fn parse(spec: &str) -> Result<FakeResolver, String> {
        let mut fake = FakeResolver {
            hang: false,
            names: HashMap::new(),
        };
        match spec.trim() {
            "hang" => fake.hang = true,
            "none" | "" => {}
            list => {
                for pair in list.split(',') {
                    let (address, name) = pair
                        .split_once('=')
                        .and_then(|(a, n)| Some((a.trim().parse().ok()?, n.trim())))
                        .ok_or_else(|| {
                            format!(
                                "invalid SESSIONCTL_FAKE_RESOLVER '{spec}' (expected hang, none or IP=NAME,...)"
                            )
                        })?;
                    fake.names.insert(address, name.to_owned());
                }
            }
        }
        Ok(fake)
    }
}

impl Resolver for FakeResolver {
    fn name_of(&self, address: IpAddr) -> Option<String> {
        if self.hang {
            loop {
                std::thread::park();
            }
        }
        self.names.get(&address).cloned()
    }
}
