-- resume-lsp for Neovim 0.11+: put this folder on 'runtimepath' (or copy this
-- file to ~/.config/nvim/lsp/), then call vim.lsp.enable('resume_lsp').
-- Every Markdown buffer attaches; the server lints only resumes (by file name
-- or opt-in) and leaves the others without findings.
return {
  cmd = { 'resume-lsp' },
  filetypes = { 'markdown' },
  root_markers = { '.resume-lsp.toml', '.git' },
}
