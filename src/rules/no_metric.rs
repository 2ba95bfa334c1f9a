use super::{BulletContext, Finding, Rule, RuleInfo, Severity, finding_in};
use crate::resume::Bullet;

pub struct NoMetric;

static INFO: RuleInfo = RuleInfo {
    id: "no-metric",
    name: "No measurable result",
    severity: Severity::Warning,
    summary: "A work bullet states no quantified result",
    why: "Numbers are what a reader remembers and what tells your work apart from a job \
          description: how many users, how much faster, how much money or time. A bullet \
          without one reads as a duty. Version numbers, product names and years do not count.",
    fix: "Add the figure that shows the outcome: a count, a percentage, money, a duration, \
          a rate, a size, a multiplier (3x) or a before and after. An estimate you can defend \
          (\"about 40%\") is better than none.",
    weak: "Improved the reporting pipeline for the finance team.",
    strong: "Rebuilt the finance reporting pipeline on Airflow, cutting month-end close \
             from 6 days to 2.",
    fixable: false,
};

impl Rule for NoMetric {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn offers_rewrite(&self) -> bool {
        true
    }

    fn check_bullet(&self, bullet: &Bullet, context: &BulletContext, out: &mut Vec<Finding>) {
        let text = bullet.prose.text();
        if !context.is_statement(text) || context.has_metric {
            return;
        }
        let message = "No measurable result: add a number (users, latency, cost, time saved)";
        out.push(finding_in(
            &INFO,
            &bullet.prose,
            0..text.len(),
            message.to_string(),
        ));
    }
}
