//! The system resolver: getnameinfo, which reads /etc/hosts and then asks DNS (as the
//! system's nsswitch.conf says).

use std::net::IpAddr;

use super::Resolver;

pub struct SystemResolver;

impl Resolver for SystemResolver {
    fn name_of(&self, address: IpAddr) -> Option<String> {
        // An address whose "name" is itself is an address without a name.
        dns_lookup::lookup_addr(&address)
            .ok()
            .filter(|name| !name.is_empty() && name.parse::<IpAddr>().is_err())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Loopback only: /etc/hosts answers it, no query leaves the machine.
    #[test]
    fn loopback_is_localhost() {
        let name = SystemResolver.name_of(IpAddr::from([127, 0, 0, 1]));
        assert_eq!(name.as_deref(), Some("localhost"));
    }
}
