import type { AnyRule } from '../src/types.js';
import bioCompleteness from './bio-completeness.js';
import duplicateInvite from './duplicate-invite.js';
import duplicatePost from './duplicate-post.js';
import engagementBait from './engagement-bait.js';
import genericInvite from './generic-invite.js';
import hashtagCase from './hashtag-case.js';
import hashtagCount from './hashtag-count.js';
import hashtagFormat from './hashtag-format.js';
import headlineQuality from './headline-quality.js';
import imageAltText from './image-alt-text.js';
import imageMetadata from './image-metadata.js';
import invitePitch from './invite-pitch.js';
import linkHygiene from './link-hygiene.js';
import locationDisclosure from './location-disclosure.js';
import mentionCount from './mention-count.js';
import mentionFormat from './mention-format.js';
import newsletterOptOut from './newsletter-opt-out.js';
import personalData from './personal-data.js';
import postLength from './post-length.js';
import postingCadence from './posting-cadence.js';
import profileFieldLength from './profile-field-length.js';
import profilePhoto from './profile-photo.js';
import secrets from './secrets.js';
import taggingDiscretion from './tagging-discretion.js';

/** Every built-in rule, in one place. Keep the list sorted by id. */
export const builtinRules: readonly AnyRule[] = [
  bioCompleteness,
  duplicateInvite,
  duplicatePost,
  engagementBait,
  genericInvite,
  hashtagCase,
  hashtagCount,
  hashtagFormat,
  headlineQuality,
  imageAltText,
  imageMetadata,
  invitePitch,
  linkHygiene,
  locationDisclosure,
  mentionCount,
  mentionFormat,
  newsletterOptOut,
  personalData,
  postLength,
  postingCadence,
  profileFieldLength,
  profilePhoto,
  secrets,
  taggingDiscretion,
];
