-- One returning reader on every connection: the same visitor cookie on every request.
wrk.headers["Cookie"] = "gx_visitor=0f0e0d0c-0b0a-4908-8706-050403020100"
