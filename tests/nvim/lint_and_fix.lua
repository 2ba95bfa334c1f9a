-- Drives real Neovim through the repository's own editors/nvim config.
-- tests/neovim.rs runs it headless and asserts on the JSON report it writes:
-- the diagnostics of a resume, the buffer after applying a code action, and
-- the diagnostics after the config file is edited while the resume is open.
-- Any failure ends Neovim with an error status and the reason on stderr.
-- Environment: RESUME_LSP_BIN, RESUME_LSP_NVIM_CONFIG (editors/nvim),
-- RESUME_LSP_FIXTURE, RESUME_LSP_REPORT, RESUME_LSP_ACTION (a code action title).

local TIMEOUT_MS = 20000

local function env(name)
  return os.getenv(name) or error(name .. ' is not set')
end

local function diagnostics(buf)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(list, {
      code = d.code,
      source = d.source,
      severity = vim.diagnostic.severity[d.severity],
      lnum = d.lnum,
      col = d.col,
      end_lnum = d.end_lnum,
      end_col = d.end_col,
    })
  end
  table.sort(list, function(a, b)
    if a.lnum ~= b.lnum then return a.lnum < b.lnum end
    if a.col ~= b.col then return a.col < b.col end
    return a.code < b.code
  end)
  return list
end

local function wait_for(what, condition)
  if not vim.wait(TIMEOUT_MS, condition, 50) then
    error('timed out waiting for ' .. what)
  end
end

local function main()
  -- Exactly what a user does: editors/nvim on 'runtimepath', then enable.
  -- Only cmd changes, to run the binary cargo just built.
  vim.opt.runtimepath:prepend(env('RESUME_LSP_NVIM_CONFIG'))
  vim.lsp.config('resume_lsp', { cmd = { env('RESUME_LSP_BIN') } })
  vim.lsp.enable('resume_lsp')

  vim.cmd.edit(vim.fn.fnameescape(env('RESUME_LSP_FIXTURE')))
  local buf = vim.api.nvim_get_current_buf()
  wait_for('diagnostics', function() return #vim.diagnostic.get(buf) > 0 end)
  local client = vim.lsp.get_clients({ bufnr = buf, name = 'resume_lsp' })[1]
  local report = {
    filetype = vim.bo[buf].filetype,
    root_dir = client.root_dir,
    offset_encoding = client.offset_encoding,
    lsp_log = vim.lsp.log.get_filename(),
    diagnostics = diagnostics(buf),
  }
  -- Written now and again at the end, so a failed code action still lets the
  -- test check the diagnostics.
  local report_path = env('RESUME_LSP_REPORT')
  vim.fn.writefile({ vim.json.encode(report) }, report_path)

  if not client:supports_method('textDocument/codeAction') then
    error('the server offers no code actions (no codeActionProvider in its capabilities)')
  end

  -- Put the cursor on the finding the action fixes, and apply it as a user would.
  local title = env('RESUME_LSP_ACTION')
  for _, d in ipairs(report.diagnostics) do
    if d.code == 'tech-casing' then
      vim.api.nvim_win_set_cursor(0, { d.lnum + 1, d.col })
      break
    end
  end
  local before = vim.api.nvim_get_current_line()
  vim.lsp.buf.code_action({
    filter = function(action) return action.title == title end,
    apply = true,
  })
  if not vim.wait(TIMEOUT_MS, function() return vim.api.nvim_get_current_line() ~= before end, 50) then
    -- Say what the server did offer, so a failure is easy to read.
    local params = vim.lsp.util.make_range_params(0, client.offset_encoding)
    params.context = { diagnostics = {} }
    local response = client:request_sync('textDocument/codeAction', params, 5000, buf) or {}
    local titles = vim.tbl_map(function(a) return a.title end, response.result or {})
    error(('no code action titled %q was applied; offered: %s'):format(title, vim.inspect(titles)))
  end
  -- The server sees the edit and drops the finding it fixed.
  wait_for('diagnostics without tech-casing', function()
    return #vim.tbl_filter(function(d) return d.code == 'tech-casing' end, vim.diagnostic.get(buf)) == 0
  end)
  report.lines_after = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  report.diagnostics_after = diagnostics(buf)
  vim.fn.writefile({ vim.json.encode(report) }, report_path)

  -- The config file edited and saved in another window, as a user would;
  -- Neovim watches no files on Linux, so the resume's next save is what the
  -- server hears. Its findings must follow without a restart.
  local config = vim.fs.joinpath(vim.fs.dirname(env('RESUME_LSP_FIXTURE')), '.resume-lsp.toml')
  vim.cmd.split(vim.fn.fnameescape(config))
  vim.api.nvim_buf_set_lines(0, 0, -1, false, { '[rules]', 'no-metric = "off"' })
  vim.cmd.write()
  vim.cmd.close()
  vim.api.nvim_buf_set_lines(buf, -1, -1, false, { '' })
  vim.cmd.write()
  wait_for('diagnostics without no-metric', function()
    local list = vim.diagnostic.get(buf)
    return #list > 0 and #vim.tbl_filter(function(d) return d.code == 'no-metric' end, list) == 0
  end)
  report.diagnostics_after_config = diagnostics(buf)
  vim.fn.writefile({ vim.json.encode(report) }, report_path)
end

local ok, err = xpcall(main, debug.traceback)
if ok then
  vim.cmd('qall!')
else
  io.stderr:write(err .. '\n')
  vim.cmd('cquit 1')
end
