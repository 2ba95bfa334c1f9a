//! Which files `check` reads: every file named, and in every folder named the
//! files the config's include globs match (and its exclude globs do not).

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use ignore::WalkBuilder;

use super::configs::Configs;
use super::lint::Failure;
use crate::config::Config;

/// The path that reads stdin.
const STDIN: &str = "-";

pub struct Input {
    /// The path shown in reports and used to find the config.
    pub path: PathBuf,
    pub stdin: bool,
    pub config: Arc<Config>,
}

/// The files to lint, in the order named, each folder's files sorted by name,
/// each file once; and the folders that could not be walked.
pub fn inputs(
    paths: &[PathBuf],
    stdin_name: Option<&Path>,
    configs: &mut Configs,
) -> (Vec<Input>, Vec<Failure>) {
    let mut inputs = Inputs {
        configs,
        seen: HashSet::new(),
        list: Vec::new(),
    };
    let mut failures = Vec::new();
    for path in paths {
        if path.as_os_str() == STDIN {
            let name = stdin_name.unwrap_or(Path::new(STDIN));
            inputs.push(name, true);
        } else if path.is_dir() {
            // `ignore` skips hidden files and what .gitignore lists, as git does.
            for entry in WalkBuilder::new(path).sort_by_file_name(Ord::cmp).build() {
                match entry {
                    Ok(entry) if entry.file_type().is_some_and(|kind| kind.is_file()) => {
                        inputs.push_if_resume(entry.path());
                    }
                    Ok(_) => {}
                    Err(error) => failures.push(Failure {
                        path: path.display().to_string(),
                        message: error.to_string(),
                    }),
                }
            }
        } else {
            // Named files are always linted; one that is missing fails when read.
            inputs.push(path, false);
        }
    }
    (inputs.list, failures)
}

struct Inputs<'a> {
    configs: &'a mut Configs,
    seen: HashSet<(PathBuf, bool)>,
    list: Vec<Input>,
}

impl Inputs<'_> {
    fn push(&mut self, path: &Path, stdin: bool) {
        if self.seen.insert((path.to_path_buf(), stdin)) {
            let config = self.configs.for_file(path);
            self.list.push(Input {
                path: path.to_path_buf(),
                stdin,
                config,
            });
        }
    }

    fn push_if_resume(&mut self, path: &Path) {
        if self
            .configs
            .for_file(path)
            .lints(&path.to_string_lossy(), false)
        {
            self.push(path, false);
        }
    }
}
