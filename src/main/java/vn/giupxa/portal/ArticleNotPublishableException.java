package vn.giupxa.portal;

import vn.giupxa.shared.BusinessRuleException;

/** Publishing or withdrawing an article that is not in a state that allows it. */
class ArticleNotPublishableException extends BusinessRuleException {

	ArticleNotPublishableException(String messageKey) {
		super(messageKey);
	}
}
