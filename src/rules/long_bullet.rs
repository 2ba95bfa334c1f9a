use super::settings::LimitInfo;
use super::words::words;
use super::{BulletContext, Finding, Rule, RuleInfo, Severity, finding_in};
use crate::resume::Bullet;

pub struct LongBullet;

static INFO: RuleInfo = RuleInfo {
    id: "long-bullet",
    name: "Long bullet",
    severity: Severity::Information,
    summary: "A bullet longer than about two printed lines",
    why: "Readers skim the first line of each bullet. Past two lines the result, usually at \
          the end, is where nobody looks, and the page fills with one achievement.",
    fix: "Keep the action, the thing and the result; move the rest (tools, context) to \
          another bullet or drop it. The limit is `long-bullet-words` in `[limits]`.",
    weak: "Worked closely with product, design and three backend teams over several months \
           to plan, build, test and roll out a redesigned onboarding flow for new \
           customers across web and mobile, which in the end improved activation by 12% \
           and reduced support tickets.",
    strong: "Redesigned customer onboarding on web and mobile with three backend teams, \
             raising activation by 12%.",
    fixable: false,
};

impl Rule for LongBullet {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn limits(&self) -> &'static [LimitInfo] {
        &[LimitInfo {
            key: "long-bullet-words",
            about: "words above which a bullet is too long",
            minimum: 1.0,
        }]
    }

    fn check_bullet(&self, bullet: &Bullet, context: &BulletContext, out: &mut Vec<Finding>) {
        let limit = context.base.limits.long_bullet_words;
        let text = bullet.prose.text();
        let Some(first_over) = words(text).nth(limit) else {
            return;
        };
        let count = limit + words(&text[first_over.start..]).count();
        let message =
            format!("{count} words: keep a bullet within about two lines ({limit} words)");
        out.push(finding_in(
            &INFO,
            &bullet.prose,
            first_over.start..text.len(),
            message,
        ));
    }
}
