package demarc.queries.rulebook;

import java.util.Set;

import demarc.model.vocabulary.Role;

/** 施行規則58条の2 一: carrier users, prefectures spanned and the roles a failed facility must have. */
public record NearMissCriteria(long carrierUsers, int prefectures, Set<Role> roles) {
}
