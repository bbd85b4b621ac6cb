package demarc.queries.rulebook;

import java.util.List;

/**
 * 施行規則27条の2の2②: a service is designated when paid with at least {@code paidUsersThreshold} users, or, when
 * {@code mobileVoiceNumbers} holds, when it is offered under the voice mobile numbers {@code numberPrefixes}.
 */
public record DesignatedServiceCriteria(long paidUsersThreshold, boolean mobileVoiceNumbers,
                                        List<String> numberPrefixes) {
}
