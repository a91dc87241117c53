"""Use cases: each public function is one transaction that checks the acting user's role."""
