package vn.giupxa.notification;

/** Published when an in-app notice was written; its e-mail copy is sent after commit. */
record NoticeCreated(long noticeId) {
}
