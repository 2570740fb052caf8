import { dataFileGetter } from "./data-files";
import { BLOG_PAGE_FILE, HOME_FILE, NETWORK_FILE, NOT_FOUND_FILE, SITE_FILE, STAKING_FILE, TOKEN_FILE, TV_PAGE_FILE } from "./data-file-specs";

/** The words of each page, validated (lib/content/data-file-specs.ts says which file holds which). */
export const getSiteContent = dataFileGetter(SITE_FILE);
export const getHomeContent = dataFileGetter(HOME_FILE);
export const getStakingContent = dataFileGetter(STAKING_FILE);
export const getTokenContent = dataFileGetter(TOKEN_FILE);
export const getNetworkContent = dataFileGetter(NETWORK_FILE);
export const getBlogPageContent = dataFileGetter(BLOG_PAGE_FILE);
export const getTvPageContent = dataFileGetter(TV_PAGE_FILE);
export const getNotFoundContent = dataFileGetter(NOT_FOUND_FILE);
