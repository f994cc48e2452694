"""Logic: resolved model -> property instances, Z3 terms and verdicts; a plain-Python oracle to replay witnesses."""
