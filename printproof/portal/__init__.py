"""The approval portal (issue 24): the small web service a shop runs where its customers can reach it, so a
customer approves a proof by link with evidence as strong as at the counter.

It never touches the shop's store. The shop's app pushes a package (the proof, its page images, the texts,
the address the code goes to) and pulls the decision with the portal's signed receipt
(:mod:`printproof.services.counter.remote_approval`); the portal forgets the package once its decision was pulled.

- :mod:`.store`: its own small database (SQLite, or PostgreSQL for many shops);
- :mod:`.approvals`: what it does, for the pages and the API alike;
- :mod:`.web`: the customer's pages and the shop's API (Starlette, Jinja2);
- :mod:`.server`: ``printproof portal serve`` and ``add-shop``.
"""
