//! Whether tower-lsp-server can decode a message, read in one pass that
//! builds nothing: the message is parsed for real once, by tower-lsp-server.

use std::borrow::Cow;
use std::fmt;

use serde::de::{Deserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, de::IgnoredAny};
use tower_lsp_server::jsonrpc::{Id, Response};

/// A JSON-RPC 2.0 message, checked as tower-lsp-server's `jsonrpc::Request`
/// reads one (field for field, with its defaults). A response reads as this
/// too, its `result` or `error` skipped as unknown fields, unless it also
/// carries a malformed `method`, `params` or `id`.
#[derive(Deserialize)]
struct Message<'a> {
    #[serde(borrow)]
    jsonrpc: Cow<'a, str>,
    #[serde(default, borrow)]
    method: Cow<'a, str>,
    // Read only to check them, as the server will read them.
    #[serde(default, deserialize_with = "some")]
    #[allow(dead_code)]
    params: Option<Json>,
    #[serde(default, deserialize_with = "some")]
    #[allow(dead_code)]
    id: Option<Id>,
}

fn some<'de, T: Deserialize<'de>, D: Deserializer<'de>>(d: D) -> Result<Option<T>, D::Error> {
    T::deserialize(d).map(Some)
}

/// Any JSON value, accepted exactly where `serde_json::Value` is (numbers
/// in range, nesting within serde_json's limit), and not kept.
struct Json;

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(JsonVisitor)
    }
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<Json, E> {
        Ok(Json)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Json, E> {
        Ok(Json)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Json, E> {
        Ok(Json)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Json, E> {
        Ok(Json)
    }

    fn visit_str<E>(self, _: &str) -> Result<Json, E> {
        Ok(Json)
    }

    fn visit_unit<E>(self) -> Result<Json, E> {
        Ok(Json)
    }

    fn visit_none<E>(self) -> Result<Json, E> {
        Ok(Json)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Json, D::Error> {
        Json::deserialize(deserializer)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<Json, A::Error> {
        while items.next_element::<Json>()?.is_some() {}
        Ok(Json)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut entries: A) -> Result<Json, A::Error> {
        while entries.next_entry::<Json, Json>()?.is_some() {}
        Ok(Json)
    }
}

/// What a message is, for the transport.
#[derive(Debug, PartialEq, Eq)]
pub enum Checked {
    /// The initialize request, which the transport may mend first.
    Initialize,
    /// Any other message the server can decode.
    Other,
}

/// Whether the server can decode `body`: a JSON-RPC 2.0 request,
/// notification or response; else the JSON-RPC error code and message to
/// answer with.
pub fn check(body: &[u8]) -> Result<Checked, (i64, String)> {
    let message = serde_json::from_slice::<Message>(body).ok();
    match message.filter(|message| message.jsonrpc == "2.0") {
        Some(message) if message.method == "initialize" => Ok(Checked::Initialize),
        Some(_) => Ok(Checked::Other),
        // Such a response is rare enough to be read in full.
        None if serde_json::from_slice::<Response>(body).is_ok() => Ok(Checked::Other),
        None => match serde_json::from_slice::<IgnoredAny>(body) {
            Ok(_) => Err((-32600, "Invalid Request: not a JSON-RPC 2.0 message".into())),
            Err(e) => Err((-32700, format!("Parse error: {e}"))),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tower_lsp_server::jsonrpc::Request;

    /// What the transport let through before: a full parse as either type.
    fn decodes(body: &str) -> bool {
        serde_json::from_str::<Request>(body).is_ok()
            || serde_json::from_str::<Response>(body).is_ok()
    }

    #[test]
    fn accepts_what_tower_lsp_decodes() {
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        let bodies = [
            r#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"a":[1,2.5,"x",null]}}"#,
            r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#,
            r#"{"jsonrpc":"2.0","id":"a","result":null}"#,
            r#"{"jsonrpc":"2.0","id":3,"error":{"code":-1,"message":"no"}}"#,
            r#"{"jsonrpc":"2.0","id":null}"#,
            r#"{"jsonrpc":"2.0","id":1.5,"method":"x"}"#,
            r#"{"jsonrpc":"1.0","id":1,"method":"x"}"#,
            r#"{"id":1,"method":"x"}"#,
            r#"{"jsonrpc":"2.0","method":7}"#,
            r#"{"jsonrpc":"2.0","method":"x","params":1e400}"#,
            r#"{"jsonrpc":"2.0","method":"x","params":"\ud800"}"#,
            r#"{"jsonrpc":"2.0","method":"x","method":"y"}"#,
            r#"{"id":1,"error":{"code":1,"message":"m"},"jsonrpc":"2.0","method":7}"#,
            r#"["2.0","x"]"#,
            "[]",
            "{}",
            "{not json}",
            &format!(r#"{{"jsonrpc":"2.0","method":"x","params":{deep}}}"#),
        ];
        for body in bodies {
            assert_eq!(check(body.as_bytes()).is_ok(), decodes(body), "{body}");
        }
        assert_eq!(check(bodies[0].as_bytes()), Ok(Checked::Initialize));
        assert_eq!(check(bodies[1].as_bytes()), Ok(Checked::Other));
    }

    use proptest::prelude::*;

    /// JSON values, among them some serde_json refuses (numbers out of
    /// range, lone surrogates).
    fn value() -> impl Strategy<Value = String> {
        let leaf = prop_oneof![
            Just("null".to_string()),
            Just("true".to_string()),
            Just("1e400".to_string()),
            Just("-0.5".to_string()),
            Just("18446744073709551616".to_string()),
            Just(r#""\ud800""#.to_string()),
            any::<i64>().prop_map(|n| n.to_string()),
            "[a-z{}]{0,3}".prop_map(|s| format!("{s:?}")),
        ];
        leaf.prop_recursive(4, 16, 4, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4)
                    .prop_map(|v| format!("[{}]", v.join(","))),
                prop::collection::vec(("[a-z]{1,2}", inner), 0..4).prop_map(|v| {
                    let entries: Vec<String> =
                        v.into_iter().map(|(k, v)| format!("{k:?}:{v}")).collect();
                    format!("{{{}}}", entries.join(","))
                }),
            ]
        })
    }

    /// Messages: the JSON-RPC fields, each well or badly formed or left out,
    /// in any order, sometimes twice, beside fields of no meaning.
    fn message() -> impl Strategy<Value = String> {
        let field = prop_oneof![
            prop_oneof![Just(r#""2.0""#), Just(r#""1.0""#), Just("2")]
                .prop_map(|v| format!(r#""jsonrpc":{v}"#)),
            prop_oneof![Just(r#""initialize""#), Just(r#""x""#), Just("7")]
                .prop_map(|v| format!(r#""method":{v}"#)),
            value().prop_map(|v| format!(r#""params":{v}"#)),
            prop_oneof![
                Just("1"),
                Just(r#""a""#),
                Just("null"),
                Just("1.5"),
                Just("{}")
            ]
            .prop_map(|v| format!(r#""id":{v}"#)),
            value().prop_map(|v| format!(r#""result":{v}"#)),
            value().prop_map(|v| format!(r#""error":{v}"#)),
            Just(r#""error":{"code":1,"message":"m"}"#.to_string()),
            value().prop_map(|v| format!(r#""other":{v}"#)),
        ];
        prop_oneof![
            4 => prop::collection::vec(field, 0..6).prop_map(|f| format!("{{{}}}", f.join(","))),
            1 => value(),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn passes_exactly_what_a_full_parse_decodes(body in message()) {
            prop_assert_eq!(check(body.as_bytes()).is_ok(), decodes(&body), "{}", body);
        }
    }
}
