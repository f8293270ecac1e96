/** JSON-P for every context through one provider, looked up once instead of on every builder and reader. */
package org.carelearn.platform.json;
