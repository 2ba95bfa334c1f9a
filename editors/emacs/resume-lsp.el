;;; resume-lsp.el --- resume-lsp for Markdown buffers with eglot  -*- lexical-binding: t; -*-

;; Eglot runs one server per buffer: this entry goes first, so Markdown
;; buffers get resume-lsp instead of another Markdown server.
(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs
               '((markdown-mode gfm-mode markdown-ts-mode) . ("resume-lsp"))))

(add-hook 'markdown-mode-hook #'eglot-ensure)
(add-hook 'markdown-ts-mode-hook #'eglot-ensure) ; Emacs 31; gfm-mode runs markdown-mode's hook

;; Optional settings, with the keys of .resume-lsp.toml:
;; (setq-default eglot-workspace-configuration
;;               '(:resume-lsp (:rules (:passive-voice "off"))))

;;; resume-lsp.el ends here
