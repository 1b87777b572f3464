//! TLS to the server, chosen as libpq users choose it: `sslmode` and
//! `sslrootcert` in the URL's query, else `PGSSLMODE` and `PGSSLROOTCERT`.
//!
//! - `disable`: plain TCP.
//! - `prefer` (the default, as in libpq): TLS when the server offers it,
//!   plain otherwise; the certificate is not checked. This keeps out a
//!   passive listener, not an active attacker.
//! - `require`: TLS or no connection; the certificate is checked against
//!   `sslrootcert` when one is given (as libpq does), else not at all.
//! - `verify-ca`: TLS, with a certificate signed by a root of `sslrootcert`.
//! - `verify-full`: that, and the certificate names the host of the URL
//!   (a host name, or an IP address among its addresses).
//!
//! `sslrootcert` is a PEM file of root certificates, or `system` for the
//! system's roots; `verify-ca` and `verify-full` without it read
//! `~/.postgresql/root.crt`, as libpq does.

use std::path::PathBuf;
use std::sync::Arc;

use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::CryptoProvider;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, DigitallySignedStruct, RootCertStore, SignatureScheme};

use crate::error::{Error, Result};

/// How much TLS a connection asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Disable,
    Prefer,
    Require,
    VerifyCa,
    VerifyFull,
}

/// The TLS of one connection.
pub struct Tls {
    mode: Mode,
    root: Option<String>,
}

const MODES: &str = "disable, prefer, require, verify-ca or verify-full";

/// Takes `sslmode` and `sslrootcert` out of the URL (the client library
/// knows neither `verify-*` nor `sslrootcert`), with the environment's
/// values where the URL has none: the URL that is left, and the TLS.
pub fn split(url: &str) -> Result<(String, Tls)> {
    let (base, query) = url.split_once('?').unwrap_or((url, ""));
    let mut kept = Vec::new();
    let (mut mode, mut root) = (None, None);
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        match pair.split_once('=') {
            Some(("sslmode", v)) => mode = Some(decode(v)),
            Some(("sslrootcert", v)) => root = Some(decode(v)),
            _ => kept.push(pair),
        }
    }
    let env = |name| std::env::var(name).ok().filter(|v: &String| !v.is_empty());
    let mode = mode.or_else(|| env("PGSSLMODE"));
    let root = root.or_else(|| env("PGSSLROOTCERT"));
    let mode = match mode.as_deref() {
        None | Some("prefer") => Mode::Prefer,
        Some("disable") => Mode::Disable,
        Some("require") => Mode::Require,
        Some("verify-ca") => Mode::VerifyCa,
        Some("verify-full") => Mode::VerifyFull,
        Some(other) => {
            return Err(
                Error::invalid(format!("sslmode '{other}' is not a TLS mode"))
                    .hint(format!("give sslmode={MODES} (in the URL or PGSSLMODE)")),
            );
        }
    };
    let url = if kept.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{}", kept.join("&"))
    };
    Ok((url, Tls { mode, root }))
}

/// `%XX` escapes of a URL's query value.
fn decode(v: &str) -> String {
    let bytes = v.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (bytes[i], bytes.get(i + 1), bytes.get(i + 2)) {
            (b'%', Some(&h), Some(&l)) if hex(h).is_some() && hex(l).is_some() => {
                out.push((hex(h).unwrap_or(0) * 16 + hex(l).unwrap_or(0)) as u8);
                i += 3;
            }
            (b, ..) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

impl Tls {
    /// The client library's own setting for this mode.
    pub fn ssl_mode(&self) -> postgres::config::SslMode {
        match self.mode {
            Mode::Disable => postgres::config::SslMode::Disable,
            Mode::Prefer => postgres::config::SslMode::Prefer,
            _ => postgres::config::SslMode::Require,
        }
    }

    /// The TLS connector, or `None` for plain TCP.
    pub fn connector(&self) -> Result<Option<tokio_postgres_rustls::MakeRustlsConnect>> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let verifier: Arc<dyn ServerCertVerifier> = match (self.mode, &self.root) {
            (Mode::Disable, _) => return Ok(None),
            (Mode::Prefer, _) | (Mode::Require, None) => Arc::new(Unchecked(provider.clone())),
            (Mode::Require | Mode::VerifyCa, root) => {
                Arc::new(AnyName(self.webpki(root, &provider)?))
            }
            (Mode::VerifyFull, root) => self.webpki(root, &provider)?,
        };
        let config = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| Error::invalid(format!("TLS: {e}")))?
            .dangerous()
            .with_custom_certificate_verifier(verifier)
            .with_no_client_auth();
        Ok(Some(tokio_postgres_rustls::MakeRustlsConnect::new(config)))
    }

    fn webpki(
        &self,
        root: &Option<String>,
        provider: &Arc<CryptoProvider>,
    ) -> Result<Arc<WebPkiServerVerifier>> {
        let mut roots = RootCertStore::empty();
        match root.as_deref() {
            Some("system") => {
                for cert in rustls_native_certs::load_native_certs().certs {
                    // A root the library cannot use is left out, as curl does.
                    let _ = roots.add(cert);
                }
            }
            Some(path) => add_pem(&mut roots, PathBuf::from(path))?,
            None => {
                let home = std::env::var_os("HOME")
                    .map(PathBuf::from)
                    .unwrap_or_default();
                let default = home.join(".postgresql/root.crt");
                if !default.is_file() {
                    return Err(Error::invalid(
                        "sslmode verify-ca and verify-full need the certificate authority to check the server against",
                    )
                    .hint("give sslrootcert=FILE (PEM) or sslrootcert=system in the URL, or put it in ~/.postgresql/root.crt"));
                }
                add_pem(&mut roots, default)?;
            }
        }
        WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider.clone())
            .build()
            .map_err(|e| Error::invalid(format!("no usable root certificate: {e}")))
    }
}

fn add_pem(roots: &mut RootCertStore, path: PathBuf) -> Result<()> {
    let unreadable = |why: &dyn std::fmt::Display| {
        Error::invalid(format!("sslrootcert {}: {why}", path.display()))
            .hint("name a readable PEM file of CA certificates, or sslrootcert=system")
    };
    let certs = CertificateDer::pem_file_iter(&path).map_err(|e| unreadable(&e))?;
    let mut added = 0;
    for cert in certs {
        roots
            .add(cert.map_err(|e| unreadable(&e))?)
            .map_err(|e| unreadable(&e))?;
        added += 1;
    }
    if added == 0 {
        return Err(unreadable(&"it holds no certificate"));
    }
    Ok(())
}

/// `prefer`, and `require` without roots: encrypted, the certificate not
/// checked; the handshake's signatures still are.
#[derive(Debug)]
struct Unchecked(Arc<CryptoProvider>);

impl ServerCertVerifier for Unchecked {
    fn verify_server_cert(
        &self,
        _: &CertificateDer<'_>,
        _: &[CertificateDer<'_>],
        _: &ServerName<'_>,
        _: &[u8],
        _: UnixTime,
    ) -> std::result::Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

/// `verify-ca`: the chain is checked, the name is not.
#[derive(Debug)]
struct AnyName(Arc<WebPkiServerVerifier>);

impl ServerCertVerifier for AnyName {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> std::result::Result<ServerCertVerified, rustls::Error> {
        match self
            .0
            .verify_server_cert(end_entity, intermediates, server_name, ocsp, now)
        {
            Err(rustls::Error::InvalidCertificate(
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
            )) => Ok(ServerCertVerified::assertion()),
            other => other,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.supported_verify_schemes()
    }
}
